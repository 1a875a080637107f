package io.camel3cx.simulator.odata;

import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A request the simulator refuses, answered as a PBX does: an HTTP status and an OData error body
 * {@code {"error":{"code":"...","message":"...","details":[{"code","message","target"}]}}}.
 */
public class ODataErrorException extends RuntimeException {

    /** One entry of {@code error.details}. */
    public record Detail(String code, String message, String target) {
    }

    private final int status;
    private final String code;
    private final List<Detail> details;

    public ODataErrorException(int status, String code, String message, List<Detail> details) {
        super(message);
        this.status = status;
        this.code = code == null ? "" : code;
        this.details = List.copyOf(details);
    }

    public ODataErrorException(int status, String message) {
        this(status, "", message, List.of());
    }

    public static ODataErrorException badRequest(String message) {
        return new ODataErrorException(400, message);
    }

    public static ODataErrorException notFound(String message) {
        return new ODataErrorException(404, message);
    }

    /**
     * A 3CX validation failure on one property, worded like the PBX: message {@code "<target>:\n<warning>"}
     * and one detail carrying the warning key and the property name.
     */
    public static ODataErrorException validation(int status, String target, String warning) {
        return new ODataErrorException(status, "", target + ":\n" + warning, List.of(new Detail("", warning, target)));
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public List<Detail> details() {
        return details;
    }

    /** The OData error document. */
    public ObjectNode toJson() {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode error = f.objectNode();
        error.put("code", code);
        error.put("message", getMessage());
        if (!details.isEmpty()) {
            ArrayNode d = error.putArray("details");
            for (Detail detail : details) {
                ObjectNode n = d.addObject();
                n.put("code", detail.code() == null ? "" : detail.code());
                n.put("message", detail.message());
                if (detail.target() != null) {
                    n.put("target", detail.target());
                }
            }
        }
        ObjectNode root = f.objectNode();
        root.set("error", error);
        return root;
    }
}

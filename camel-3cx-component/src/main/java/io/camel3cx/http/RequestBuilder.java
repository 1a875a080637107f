package io.camel3cx.http;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.camel3cx.catalog.Operation;
import io.camel3cx.catalog.OperationParameter;

/**
 * Builds the wire form of one operation's calls. Made once per endpoint: it splits the path template and sorts
 * the operation's options by where they travel; {@link #build(Object[], byte[])} then only formats values.
 * <p>
 * Values are given as an array aligned with {@link Operation#options()} (null = not given). Path values become
 * OData literals ({@link ODataLiteral}), percent-encoded for a path segment; an absent nullable one becomes
 * {@code null}. Query values keep their OData expression text ({@code $filter}) and are encoded as query values;
 * collections are comma-joined. Header values are sent as given. Body properties are not handled here: the
 * caller composes the JSON body.
 */
public final class RequestBuilder {

    private record Slot(int index, OperationParameter parameter) {
    }

    private final Operation operation;
    private final PathTemplate path;
    private final List<Slot> pathSlots;
    private final List<Slot> querySlots;
    private final List<Slot> headerSlots;
    private final boolean bodyAllowed;

    public RequestBuilder(Operation operation) {
        this.operation = operation;
        List<OperationParameter> options = operation.options();
        List<Slot> pathSlots = new ArrayList<>();
        List<Slot> querySlots = new ArrayList<>();
        List<Slot> headerSlots = new ArrayList<>();
        Map<String, Integer> slotByName = new HashMap<>();
        for (int i = 0; i < options.size(); i++) {
            OperationParameter p = options.get(i);
            switch (p.location()) {
                case PATH -> {
                    pathSlots.add(new Slot(i, p));
                    slotByName.put(p.specName(), i);
                }
                case QUERY -> querySlots.add(new Slot(i, p));
                case HEADER -> headerSlots.add(new Slot(i, p));
                case BODY -> {
                    // composed into the JSON body by the caller
                }
            }
        }
        this.path = PathTemplate.parse(operation.path(), slotByName);
        this.pathSlots = List.copyOf(pathSlots);
        this.querySlots = List.copyOf(querySlots);
        this.headerSlots = List.copyOf(headerSlots);
        // GET and DELETE never carry a body, whatever the message holds.
        this.bodyAllowed = !"GET".equals(operation.method()) && !"DELETE".equals(operation.method());
    }

    public Operation operation() {
        return operation;
    }

    /**
     * The request for these values.
     *
     * @param values aligned with {@link Operation#options()}; already checked for presence and type
     * @param body   the JSON body, or null; ignored for GET and DELETE
     */
    public PbxRequest build(Object[] values, byte[] body) {
        String[] encoded = new String[values.length];
        for (Slot s : pathSlots) {
            Object v = values[s.index];
            if (v == null && !s.parameter.nullable()) {
                throw new IllegalStateException("Path parameter " + s.parameter.name() + " of " + operation.key()
                        + " has no value");
            }
            encoded[s.index] = UriEncoding.pathLiteral(ODataLiteral.format(v, s.parameter.type()));
        }
        String query = null;
        if (!querySlots.isEmpty()) {
            StringBuilder q = new StringBuilder();
            for (Slot s : querySlots) {
                Object v = values[s.index];
                if (v == null) {
                    continue;
                }
                if (q.length() > 0) {
                    q.append('&');
                }
                q.append(UriEncoding.queryValue(s.parameter.specName())).append('=').append(queryValue(v, s.parameter));
            }
            query = q.length() == 0 ? null : q.toString();
        }
        Map<String, String> headers = Map.of();
        if (!headerSlots.isEmpty()) {
            headers = new LinkedHashMap<>();
            for (Slot s : headerSlots) {
                Object v = values[s.index];
                if (v != null) {
                    headers.put(s.parameter.specName(), queryText(ValueCoercion.coerce(v, s.parameter.type())));
                }
            }
        }
        return new PbxRequest(operation.method(), path.expand(encoded), query, headers, bodyAllowed ? body : null);
    }

    private static String queryValue(Object value, OperationParameter p) {
        if (p.collection()) {
            List<Object> items = ValueCoercion.coerceList(value, p.type());
            StringBuilder out = new StringBuilder();
            for (Object item : items) {
                if (out.length() > 0) {
                    out.append(',');
                }
                out.append(UriEncoding.queryValue(queryText(item)));
            }
            return out.toString();
        }
        return UriEncoding.queryValue(queryText(ValueCoercion.coerce(value, p.type())));
    }

    /** The plain text of a canonical value in a query option or header (no OData quoting: these are expressions). */
    private static String queryText(Object v) {
        if (v instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (v instanceof OffsetDateTime t) {
            return ODataLiteral.dateTime(t);
        }
        if (v instanceof LocalDate d) {
            return d.toString();
        }
        return String.valueOf(v);
    }
}

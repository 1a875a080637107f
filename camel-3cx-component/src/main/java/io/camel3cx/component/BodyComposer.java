package io.camel3cx.component;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import io.camel3cx.catalog.BodyKind;
import io.camel3cx.catalog.Operation;
import io.camel3cx.catalog.OperationParameter;
import io.camel3cx.catalog.ParameterLocation;
import io.camel3cx.http.ODataLiteral;
import io.camel3cx.http.XapiJson;

/**
 * Composes the JSON request body of one operation.
 * <ul>
 * <li>Entity body (create, update): the message body, as a Map, POJO, JSON text, bytes or stream.</li>
 * <li>Action body: the message body if there is one (same forms, a JSON object), then every body property given
 * as option or header merged into it; options win, replacing the body's key in any case. The declared properties
 * the message body gives are converted and checked like options.</li>
 * <li>GET, DELETE and operations without a body: none, whatever the message holds.</li>
 * </ul>
 * Missing required parts are reported before anything is sent.
 */
final class BodyComposer {

    private final Operation operation;
    private final BodyKind kind;
    private final boolean sendsBody;
    /** Indexes (in {@code Operation.options()}) of the action body's properties. */
    private final int[] propertySlots;

    BodyComposer(Operation operation) {
        this.operation = operation;
        this.sendsBody = operation.body() != null && !"GET".equals(operation.method())
                && !"DELETE".equals(operation.method());
        this.kind = operation.body() == null ? null : operation.body().kind();
        List<OperationParameter> options = operation.options();
        this.propertySlots = java.util.stream.IntStream.range(0, options.size())
                .filter(i -> options.get(i).location() == ParameterLocation.BODY)
                .toArray();
    }

    /** The body bytes, or null when the operation sends none. */
    byte[] compose(Object messageBody, OperationArguments args) {
        if (!sendsBody) {
            return null;
        }
        if (kind == BodyKind.ENTITY) {
            JsonNode entity = messageJson(messageBody);
            if (entity == null) {
                if (!operation.body().required()) {
                    return null;
                }
                throw new OperationInputException(operation.key(), null, "the message body must hold the "
                        + operation.body().schema() + " entity to send (a Map, POJO or JSON text), but it is empty");
            }
            return write(entity);
        }
        ObjectNode body = XapiJson.MAPPER.createObjectNode();
        JsonNode fromMessage = messageJson(messageBody);
        if (fromMessage != null) {
            body.setAll((ObjectNode) fromMessage);
        }
        for (int slot : propertySlots) {
            OperationParameter p = args.option(slot);
            Object v = args.get(slot);
            if (v != null) {
                // names are case-insensitive: {"MAC":..} next to the option's "mac" would send one parameter twice
                body.remove(body.properties().stream().map(Map.Entry::getKey)
                        .filter(k -> k.equalsIgnoreCase(p.specName())).toList());
                body.set(p.specName(), jsonValue(v));
            } else if (body.hasNonNull(p.specName())) {
                // from the message body: held to the same type rules as the same property given as an option
                Object converted = OptionValues.convert(operation.key(), p, body.get(p.specName()), "the message body");
                body.set(p.specName(), jsonValue(converted));
            }
        }
        for (int slot : propertySlots) {
            OperationParameter p = args.option(slot);
            JsonNode v = body.get(p.specName());
            if (p.required() && (v == null || v.isNull() && !p.nullable())) {
                throw new OperationInputException(operation.key(), p.name(), "option '" + p.name() + "' ("
                        + OptionValues.describe(p) + ") is required: set it in the endpoint URI (" + p.name()
                        + "=...), in header " + ThreeCxConstants.optionHeader(p.name()) + ", or as property '"
                        + p.specName() + "' of a JSON object in the message body");
            }
        }
        return write(body);
    }

    /** The message body as JSON, or null when empty; an action body must be an object. */
    private JsonNode messageJson(Object messageBody) {
        if (messageBody == null) {
            return null;
        }
        Class<?> c = messageBody.getClass();
        // an anonymous class has no simple name; its superclass (InputStream...) says enough
        String type = c.isAnonymousClass() ? c.getSuperclass().getSimpleName() : c.getSimpleName();
        JsonNode node;
        if (messageBody instanceof JsonNode n) {
            node = n;
        } else if (messageBody instanceof CharSequence || messageBody instanceof byte[]
                || messageBody instanceof InputStream) {
            byte[] text = text(messageBody, type);
            if (text.length == 0) {
                return null;
            }
            try {
                node = XapiJson.STRICT_READER.readTree(text);
            } catch (IOException e) {
                throw bodyError("the message body (" + type + ") is not valid JSON: " + firstLine(e.getMessage()), e);
            }
        } else {
            try {
                node = XapiJson.toTree(messageBody);
            } catch (IOException e) {
                throw bodyError("the message body (" + type + ") cannot be converted to JSON: "
                        + firstLine(e.getMessage()), e);
            }
        }
        if (node == null || node.isMissingNode() || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            throw new OperationInputException(operation.key(), null, "the message body must be a JSON object ("
                    + (kind == BodyKind.ENTITY ? "the " + operation.body().schema() + " entity" : "the action's parameters")
                    + "), but it is a JSON " + node.getNodeType().name().toLowerCase() + " (" + type + ")");
        }
        return node;
    }

    /** The bytes of a text, bytes or stream body. */
    private byte[] text(Object messageBody, String type) {
        if (messageBody instanceof CharSequence s) {
            return s.toString().getBytes(StandardCharsets.UTF_8);
        }
        if (messageBody instanceof byte[] bytes) {
            return bytes;
        }
        try {
            return ((InputStream) messageBody).readAllBytes();
        } catch (IOException e) {
            throw bodyError("the message body (" + type + ") could not be read: " + e, e);
        }
    }

    private OperationInputException bodyError(String message, Exception cause) {
        OperationInputException e = new OperationInputException(operation.key(), null, message);
        e.initCause(cause);
        return e;
    }

    /** A converted option value as JSON; date-times in the same ISO form as path literals (with seconds). */
    private static JsonNode jsonValue(Object v) {
        if (v instanceof OffsetDateTime t) {
            return TextNode.valueOf(ODataLiteral.dateTime(t));
        }
        if (v instanceof JsonNode n) {
            return n;
        }
        return XapiJson.MAPPER.valueToTree(v);
    }

    private byte[] write(JsonNode node) {
        try {
            return XapiJson.MAPPER.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the JSON body of " + operation.key(), e);
        }
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }
}

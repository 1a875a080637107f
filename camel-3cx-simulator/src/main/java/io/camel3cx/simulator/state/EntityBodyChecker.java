package io.camel3cx.simulator.state;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import io.camel3cx.catalog.NameSuggester;
import io.camel3cx.catalog.SchemaShape;
import io.camel3cx.simulator.odata.ODataErrorException;
import io.camel3cx.simulator.odata.ShapeResolver;

/**
 * Checks a JSON request body against a schema of the release before anything is stored: unknown properties,
 * wrong JSON types, values outside an enumeration and malformed date-times are a 400 naming the property,
 * as the PBX's model binding refuses them.
 */
public final class EntityBodyChecker {

    private static final Pattern UUID_FORM = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final int MAX_DEPTH = 8;

    private final ShapeResolver shapes;

    public EntityBodyChecker(ShapeResolver shapes) {
        this.shapes = shapes;
    }

    /** Checks an entity body against a named schema. */
    public void check(JsonNode body, String schemaName) {
        if (body == null || !body.isObject()) {
            throw ODataErrorException.badRequest("The request body must be a JSON object of type " + schemaName);
        }
        checkObject(body, shapes.schema(schemaName), schemaName, "", 0);
    }

    /** Checks one value against a shape; {@code path} names it in messages. */
    public void checkValue(JsonNode value, SchemaShape declared, String typeName, String path) {
        check(value, declared, typeName, path, 0);
    }

    private void checkObject(JsonNode body, SchemaShape shape, String typeName, String prefix, int depth) {
        Map<String, SchemaShape> properties = shapes.properties(shape);
        if (properties.isEmpty()) {
            return;
        }
        var fields = body.fields();
        while (fields.hasNext()) {
            var f = fields.next();
            String name = f.getKey();
            if (name.contains("@odata.")) {
                continue;
            }
            SchemaShape p = properties.get(name);
            if (p == null) {
                List<String> close = NameSuggester.closest(name, properties.keySet(), 3);
                throw invalid(prefix + name, "The property '" + name + "' does not exist on type '" + typeName + "'"
                        + (close.isEmpty() ? "" : "; did you mean " + String.join(", ", close) + "?"));
            }
            check(f.getValue(), p, typeName, prefix + name, depth + 1);
        }
    }

    private void check(JsonNode v, SchemaShape declared, String typeName, String path, int depth) {
        if (depth > MAX_DEPTH) {
            return;
        }
        SchemaShape s = shapes.resolve(declared);
        if (s == null) {
            return;
        }
        if (v == null || v.isNull()) {
            if (!declared.nullable() && !s.nullable() && !"object".equals(s.type()) && s.type() != null) {
                throw invalid(path, "The property '" + path + "' cannot be null");
            }
            return;
        }
        if (s.enumValues() != null) {
            if (!v.isTextual() || !isEnumValue(v.asText(), s.enumValues())) {
                throw invalid(path, "The property '" + path + "' must be one of " + String.join(", ", s.enumValues())
                        + ", not " + v);
            }
            return;
        }
        String type = s.type() != null ? s.type() : s.properties() != null ? "object" : null;
        if (type == null) {
            return;
        }
        switch (type) {
            case "string" -> {
                if (!v.isTextual()) {
                    throw wrongType(path, "a string", v);
                }
                if ("date-time".equals(s.format())) {
                    try {
                        OffsetDateTime.parse(v.asText());
                    } catch (DateTimeParseException e) {
                        throw invalid(path, "The property '" + path + "' must be an ISO-8601 date-time with offset, not "
                                + v);
                    }
                } else if ("uuid".equals(s.format()) && !UUID_FORM.matcher(v.asText()).matches()) {
                    throw invalid(path, "The property '" + path + "' must be a uuid, not " + v);
                }
            }
            case "integer" -> {
                if (!v.isIntegralNumber()) {
                    throw wrongType(path, "an integer", v);
                }
                boolean int32 = !"int64".equals(s.format());
                if (int32 ? !v.canConvertToInt() : !v.canConvertToLong()) {
                    throw invalid(path, "The property '" + path + "' is " + v + ", out of the " + (int32 ? "int32" : "int64")
                            + " range");
                }
            }
            case "number" -> {
                if (!v.isNumber() && !(v.isTextual() && List.of("INF", "-INF", "NaN").contains(v.asText()))) {
                    throw wrongType(path, "a number", v);
                }
            }
            case "boolean" -> {
                if (!v.isBoolean()) {
                    throw wrongType(path, "true or false", v);
                }
            }
            case "array" -> {
                if (!v.isArray()) {
                    throw wrongType(path, "an array", v);
                }
                for (int i = 0; i < v.size(); i++) {
                    check(v.get(i), s.items(), typeName, path + "[" + i + "]", depth + 1);
                }
            }
            default -> {
                if (!v.isObject()) {
                    throw wrongType(path, "an object", v);
                }
                checkObject(v, s, s == null ? typeName : typeName, path + ".", depth + 1);
            }
        }
    }

    /** Flag enumerations travel as comma-separated names ({@code "A, B"}). */
    private static boolean isEnumValue(String value, List<String> allowed) {
        if (allowed.contains(value)) {
            return true;
        }
        for (String part : value.split(",")) {
            if (!allowed.contains(part.trim())) {
                return false;
            }
        }
        return true;
    }

    private static ODataErrorException wrongType(String path, String expected, JsonNode v) {
        return invalid(path, "The property '" + path + "' must be " + expected + ", not " + v);
    }

    private static ODataErrorException invalid(String target, String message) {
        return new ODataErrorException(400, "", message, List.of(new ODataErrorException.Detail("", message, target)));
    }
}

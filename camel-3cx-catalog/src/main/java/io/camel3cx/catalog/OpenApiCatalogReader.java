package io.camel3cx.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads one XAPI OpenAPI description (YAML or JSON) into the catalog model. Used by the generator for the
 * bundled releases and at runtime for a PBX's own description.
 */
public final class OpenApiCatalogReader {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    private static final String SCHEMA_REF = "#/components/schemas/";

    private final JsonNode root;
    private final String release;

    private OpenApiCatalogReader(JsonNode root, String release) {
        this.root = root;
        this.release = release;
    }

    /** The result of reading one release. */
    public record ReleaseDefinition(String release, List<Operation> operations, Map<String, SchemaShape> schemas) {

        public OperationCatalog toCatalog() {
            return new OperationCatalog(release, operations, schemas);
        }
    }

    public static ReleaseDefinition read(InputStream in, String release) throws IOException {
        LoaderOptions options = new LoaderOptions();
        // The XAPI descriptions are over a megabyte: lift SnakeYAML's 3 MB default guard with room to spare.
        options.setCodePointLimit(64 * 1024 * 1024);
        YAMLFactory yaml = new YAMLFactoryBuilder(new YAMLFactory()).loaderOptions(options).build();
        // YAML is a superset of JSON, so one parser reads both forms.
        JsonNode root = new ObjectMapper(yaml).readTree(in);
        if (root == null || !root.has("paths")) {
            throw new IOException("Not an OpenAPI description: no 'paths' section");
        }
        return new OpenApiCatalogReader(root, release).read();
    }

    private ReleaseDefinition read() {
        List<Operation> ops = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> p = paths.next();
            Iterator<Map.Entry<String, JsonNode>> methods = p.getValue().fields();
            while (methods.hasNext()) {
                Map.Entry<String, JsonNode> m = methods.next();
                if (METHODS.contains(m.getKey())) {
                    ops.add(operation(p.getKey(), m.getKey(), m.getValue()));
                }
            }
        }
        Map<String, SchemaShape> schemas = new java.util.TreeMap<>();
        root.path("components").path("schemas").fields()
                .forEachRemaining(e -> schemas.put(e.getKey(), flatten(e.getValue())));
        return new ReleaseDefinition(release, ops, schemas);
    }

    private Operation operation(String path, String method, JsonNode op) {
        String operationId = op.path("operationId").asText();
        String tag = op.path("tags").path(0).asText("Default");
        List<OperationParameter> params = new ArrayList<>();
        for (JsonNode raw : op.path("parameters")) {
            params.add(parameter(deref(raw)));
        }
        RequestBody body = null;
        if (op.has("requestBody")) {
            body = body(deref(op.get("requestBody")));
        }
        params = uniqueNames(params, body);
        String description = text(op, "description");
        return new Operation(Names.resourceName(tag), tag, Names.operationName(operationId), operationId,
                method.toUpperCase(Locale.ROOT), path, text(op, "summary"), description, params, body,
                response(op.path("responses")), List.of(release));
    }

    /**
     * Option names must be unique within an operation. They collide only where a function has a parameter named
     * like a query option (20.0.5's GetLogs has both {@code top} and {@code $top}); then the query option goes by
     * its wire name ({@code $top}), so the function parameter keeps the name the spec gives it.
     */
    private static List<OperationParameter> uniqueNames(List<OperationParameter> params, RequestBody body) {
        Set<String> taken = new java.util.HashSet<>();
        for (OperationParameter p : params) {
            if (p.location() != ParameterLocation.QUERY) {
                taken.add(p.name().toLowerCase(Locale.ROOT));
            }
        }
        if (body != null) {
            body.properties().forEach(p -> taken.add(p.name().toLowerCase(Locale.ROOT)));
        }
        List<OperationParameter> out = new ArrayList<>(params.size());
        for (OperationParameter p : params) {
            boolean clash = p.location() == ParameterLocation.QUERY && taken.contains(p.name().toLowerCase(Locale.ROOT));
            out.add(clash ? new OperationParameter(p.specName(), p.specName(), p.location(), p.type(), p.nullable(),
                    p.required(), p.collection(), p.description()) : p);
        }
        return out;
    }

    private OperationParameter parameter(JsonNode p) {
        String specName = p.path("name").asText();
        String in = p.path("in").asText();
        JsonNode schema = deref(p.path("schema"));
        ParameterLocation location = switch (in) {
            case "path" -> ParameterLocation.PATH;
            case "header" -> ParameterLocation.HEADER;
            default -> ParameterLocation.QUERY;
        };
        boolean collection = "array".equals(schema.path("type").asText());
        ValueType type = collection ? ValueType.of(deref(schema.path("items")).path("type").asText(null), null)
                : valueType(schema);
        boolean nullable = schema.path("nullable").asBoolean(false);
        // A path parameter is always present; a nullable one stands as the literal null when not given.
        boolean required = location == ParameterLocation.PATH ? !nullable : p.path("required").asBoolean(false);
        return new OperationParameter(Names.optionName(specName), specName, location, type, nullable, required,
                collection, text(p, "description"));
    }

    private RequestBody body(JsonNode rb) {
        JsonNode schema = rb.path("content").path("application/json").path("schema");
        boolean required = rb.path("required").asBoolean(false);
        String ref = singleRef(schema);
        if (ref != null) {
            return new RequestBody(BodyKind.ENTITY, ref, List.of(), required);
        }
        List<OperationParameter> props = new ArrayList<>();
        Set<String> requiredNames = new java.util.HashSet<>();
        schema.path("required").forEach(n -> requiredNames.add(n.asText()));
        schema.path("properties").fields().forEachRemaining(e -> {
            JsonNode s = e.getValue();
            boolean nullable = isNullable(s);
            boolean collection = "array".equals(s.path("type").asText());
            ValueType type = collection ? ValueType.ARRAY : valueType(s);
            // OData action parameters that are not nullable must be supplied.
            boolean req = requiredNames.contains(e.getKey()) || !nullable;
            props.add(new OperationParameter(Names.optionName(e.getKey()), e.getKey(), ParameterLocation.BODY, type,
                    nullable, req, collection, text(s, "description")));
        });
        return new RequestBody(BodyKind.ACTION, null, props, required);
    }

    private ResponseSpec response(JsonNode responses) {
        List<String> codes = new ArrayList<>();
        responses.fieldNames().forEachRemaining(c -> {
            if (c.startsWith("2")) {
                codes.add(c);
            }
        });
        codes.sort(null);
        if (codes.isEmpty()) {
            return new ResponseSpec(ResponseKind.NONE, 204, null);
        }
        int status = Integer.parseInt(codes.get(0));
        JsonNode r = deref(responses.get(codes.get(0)));
        JsonNode schema = r.path("content").path("application/json").path("schema");
        if (schema.isMissingNode()) {
            return new ResponseSpec(ResponseKind.NONE, status, null);
        }
        SchemaShape shape = flatten(schema);
        SchemaShape resolved = shape.ref() != null ? flatten(schemaNode(shape.ref())) : shape;
        SchemaShape value = resolved.properties() == null ? null : resolved.properties().get("value");
        if (value != null && "array".equals(value.type())) {
            return new ResponseSpec(ResponseKind.COLLECTION, status, value.items());
        }
        if (value != null && shape.ref() == null && resolved.properties().size() == 1) {
            return new ResponseSpec(ResponseKind.VALUE, status, value);
        }
        return new ResponseSpec(ResponseKind.ENTITY, status, shape);
    }

    /** A schema reduced to a {@link SchemaShape}: allOf merged, anyOf/oneOf narrowed to their first form. */
    private SchemaShape flatten(JsonNode s) {
        boolean nullable = isNullable(s);
        String ref = singleRef(s);
        if (ref != null) {
            return SchemaShape.ofRef(ref, nullable);
        }
        if (s.has("allOf")) {
            Map<String, SchemaShape> props = new LinkedHashMap<>();
            for (JsonNode part : s.get("allOf")) {
                SchemaShape f = flatten(part);
                if (f.ref() != null) {
                    f = flatten(schemaNode(f.ref()));
                }
                if (f.properties() != null) {
                    props.putAll(f.properties());
                }
            }
            if (s.has("properties")) {
                props.putAll(flatten(withoutAllOf(s)).properties());
            }
            return new SchemaShape("object", null, null, nullable, null, props, null);
        }
        for (String alt : List.of("anyOf", "oneOf")) {
            if (s.has(alt)) {
                for (JsonNode a : s.get(alt)) {
                    if (!(a.path("type").asText().equals("object") && !a.has("properties") && a.path("nullable").asBoolean())) {
                        SchemaShape f = flatten(a);
                        return new SchemaShape(f.type(), f.format(), f.ref(), nullable || f.nullable(), f.items(),
                                f.properties(), f.enumValues());
                    }
                }
            }
        }
        String type = s.path("type").asText(null);
        if (s.has("enum")) {
            List<String> values = new ArrayList<>();
            s.get("enum").forEach(v -> values.add(v.asText()));
            return new SchemaShape(type == null ? "string" : type, null, null, nullable, null, null, values);
        }
        if ("array".equals(type)) {
            return new SchemaShape("array", null, null, nullable, flatten(s.path("items")), null, null);
        }
        if (s.has("properties") || "object".equals(type)) {
            Map<String, SchemaShape> props = new LinkedHashMap<>();
            s.path("properties").fields().forEachRemaining(e -> props.put(e.getKey(), flatten(e.getValue())));
            return new SchemaShape("object", null, null, nullable, null, props, null);
        }
        return SchemaShape.ofType(type, text(s, "format"), nullable);
    }

    private static JsonNode withoutAllOf(JsonNode s) {
        com.fasterxml.jackson.databind.node.ObjectNode copy = ((com.fasterxml.jackson.databind.node.ObjectNode) s).deepCopy();
        copy.remove("allOf");
        return copy;
    }

    /** The schema name when the node is a plain reference, or an allOf/anyOf around exactly one. */
    private String singleRef(JsonNode s) {
        if (s.has("$ref")) {
            String ref = s.get("$ref").asText();
            return ref.startsWith(SCHEMA_REF) ? ref.substring(SCHEMA_REF.length()) : null;
        }
        for (String combinator : List.of("allOf", "anyOf", "oneOf")) {
            JsonNode parts = s.path(combinator);
            if (parts.isArray() && !s.has("properties")) {
                List<JsonNode> real = new ArrayList<>();
                for (JsonNode part : parts) {
                    // anyOf [Ref, {type: object, nullable: true}] is how the spec spells "nullable Ref".
                    if (!(part.path("type").asText().equals("object") && !part.has("properties") && !part.has("$ref"))) {
                        real.add(part);
                    }
                }
                if (real.size() == 1 && real.get(0).has("$ref")) {
                    return singleRef(real.get(0));
                }
            }
        }
        return null;
    }

    private boolean isNullable(JsonNode s) {
        if (s.path("nullable").asBoolean(false)) {
            return true;
        }
        for (JsonNode a : s.path("anyOf")) {
            if (a.path("nullable").asBoolean(false)) {
                return true;
            }
        }
        return false;
    }

    private ValueType valueType(JsonNode schema) {
        JsonNode s = schema;
        if (singleRef(s) != null) {
            JsonNode target = schemaNode(singleRef(s));
            // enums are strings on the wire; other references are objects
            return target.has("enum") ? ValueType.STRING : ValueType.OBJECT;
        }
        if (s.has("anyOf") || s.has("oneOf")) {
            return ValueType.OBJECT;
        }
        return ValueType.of(s.path("type").asText(null), text(s, "format"));
    }

    private JsonNode schemaNode(String name) {
        return root.path("components").path("schemas").path(name);
    }

    private JsonNode deref(JsonNode n) {
        int guard = 0;
        while (n.has("$ref") && guard++ < 20) {
            String ref = n.get("$ref").asText();
            if (!ref.startsWith("#/")) {
                throw new IllegalArgumentException("External reference not supported: " + ref);
            }
            JsonNode target = root;
            for (String part : ref.substring(2).split("/")) {
                target = target.path(part.replace("~1", "/").replace("~0", "~"));
            }
            if (target.isMissingNode()) {
                throw new IllegalArgumentException("Dangling reference " + ref);
            }
            n = target;
        }
        return n;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}

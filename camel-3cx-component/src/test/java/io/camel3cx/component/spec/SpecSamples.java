package io.camel3cx.component.spec;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import org.yaml.snakeyaml.LoaderOptions;

import io.camel3cx.catalog.Operation;

/**
 * Valid sample values for an operation's inputs, taken from the official description itself (enums, referenced
 * schemas, required properties), so that what the component sends can be checked against the same description.
 */
public final class SpecSamples {

    public static final String DATE_TIME = "2024-05-01T08:30:00Z";
    public static final String UUID = "123e4567-e89b-12d3-a456-426614174000";

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private final JsonNode root;

    private SpecSamples(JsonNode root) {
        this.root = root;
    }

    public static SpecSamples load(Path file) throws IOException {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(64 * 1024 * 1024);
        YAMLFactory yaml = new YAMLFactoryBuilder(new YAMLFactory()).loaderOptions(options).build();
        try (InputStream in = Files.newInputStream(file)) {
            return new SpecSamples(new ObjectMapper(yaml).readTree(in));
        }
    }

    /** A sample for a path, query or header parameter of the operation, by its wire name. */
    public JsonNode parameter(Operation op, String specName) {
        JsonNode operation = operationNode(op);
        for (JsonNode p : operation.path("parameters")) {
            JsonNode param = deref(p);
            if (param.path("name").asText().equals(specName)) {
                return sample(param.path("schema"), 0);
            }
        }
        throw new IllegalStateException(op.key() + " has no parameter " + specName + " in the description");
    }

    /** The schema of a query parameter's array items, for enum-valued $select/$orderby/$expand. */
    public JsonNode firstEnumItem(Operation op, String specName) {
        JsonNode operation = operationNode(op);
        for (JsonNode p : operation.path("parameters")) {
            JsonNode param = deref(p);
            if (param.path("name").asText().equals(specName)) {
                JsonNode items = deref(param.path("schema").path("items"));
                JsonNode e = items.path("enum");
                return e.isArray() && e.size() > 0 ? e.get(0) : null;
            }
        }
        return null;
    }

    /** A sample for an action body property. */
    public JsonNode bodyProperty(Operation op, String specName) {
        JsonNode schema = deref(bodySchema(op));
        JsonNode property = schema.path("properties").path(specName);
        if (property.isMissingNode()) {
            throw new IllegalStateException(op.key() + " has no body property " + specName);
        }
        return sample(property, 0);
    }

    /** A minimal valid entity body: {@code {}} plus whatever the schema requires. */
    public JsonNode entityBody(Operation op) {
        return sample(bodySchema(op), 0);
    }

    private JsonNode bodySchema(Operation op) {
        JsonNode rb = deref(operationNode(op).path("requestBody"));
        return rb.path("content").path("application/json").path("schema");
    }

    private JsonNode operationNode(Operation op) {
        JsonNode n = root.path("paths").path(op.path()).path(op.method().toLowerCase());
        if (n.isMissingNode()) {
            throw new IllegalStateException(op.method() + " " + op.path() + " is not in the description");
        }
        return n;
    }

    private JsonNode sample(JsonNode schemaNode, int depth) {
        JsonNode s = deref(schemaNode);
        if (s.has("enum") && s.get("enum").size() > 0) {
            return s.get("enum").get(0);
        }
        if (s.has("allOf")) {
            ObjectNode merged = F.objectNode();
            for (JsonNode part : s.get("allOf")) {
                JsonNode v = sample(part, depth + 1);
                if (v.isObject()) {
                    merged.setAll((ObjectNode) v);
                } else {
                    return v;
                }
            }
            return merged;
        }
        for (String alt : new String[] { "anyOf", "oneOf" }) {
            if (s.has(alt)) {
                for (JsonNode a : s.get(alt)) {
                    JsonNode d = deref(a);
                    // skip the "{type: object, nullable: true}" alternative the XAPI uses to say "nullable"
                    if (!(d.path("type").asText().equals("object") && !d.has("properties") && !d.has("$ref"))) {
                        return sample(a, depth + 1);
                    }
                }
                return F.objectNode();
            }
        }
        String type = s.path("type").asText("object");
        switch (type) {
            case "string":
                return switch (s.path("format").asText("")) {
                    case "date-time" -> F.textNode(DATE_TIME);
                    case "date" -> F.textNode("2024-05-01");
                    case "uuid" -> F.textNode(UUID);
                    default -> F.textNode("sample");
                };
            case "integer":
                return F.numberNode(1);
            case "number":
                return F.numberNode(1);
            case "boolean":
                return F.booleanNode(true);
            case "array":
                ArrayNode a = F.arrayNode();
                if (s.path("minItems").asInt(0) > 0 && depth < 6) {
                    a.add(sample(s.path("items"), depth + 1));
                }
                return a;
            default:
                ObjectNode o = F.objectNode();
                if (depth < 6) {
                    for (JsonNode req : s.path("required")) {
                        o.set(req.asText(), sample(s.path("properties").path(req.asText()), depth + 1));
                    }
                }
                return o;
        }
    }

    private JsonNode deref(JsonNode n) {
        int guard = 0;
        while (n.has("$ref") && guard++ < 20) {
            JsonNode target = root;
            for (String part : n.get("$ref").asText().substring(2).split("/")) {
                target = target.path(part.replace("~1", "/").replace("~0", "~"));
            }
            n = target;
        }
        return n;
    }
}

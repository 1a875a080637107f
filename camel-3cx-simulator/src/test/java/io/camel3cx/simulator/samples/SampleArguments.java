package io.camel3cx.simulator.samples;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camel3cx.catalog.BodyKind;
import io.camel3cx.catalog.Operation;
import io.camel3cx.catalog.OperationCatalog;
import io.camel3cx.catalog.OperationParameter;
import io.camel3cx.catalog.ParameterLocation;
import io.camel3cx.catalog.ValueType;
import io.camel3cx.simulator.XapiClient;

/**
 * Valid arguments for any operation of a release, as a well-behaved client would send them: keys of entities
 * that exist (read from the simulator), the MAC of a provisioned phone, a known extension number, and request
 * bodies made from the release's schemas.
 */
final class SampleArguments {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]+)}");
    private static final Pattern KEYED = Pattern.compile("^/([A-Za-z0-9]+)\\(\\{([^}]+)}\\)");
    private static final Pattern ALTERNATE = Pattern.compile("^/([A-Za-z0-9]+)\\(([A-Za-z0-9]+)=\\{([^}]+)}\\)$");

    private final XapiClient client;
    private final SampleGenerator samples;
    private final Map<String, String> keys = new HashMap<>();
    private final String mac;
    private int variant = 5;

    SampleArguments(XapiClient client, OperationCatalog catalog) {
        this.client = client;
        this.samples = new SampleGenerator(catalog);
        JsonNode user = XapiClient.json(client.get("/Users(1)"));
        this.mac = user.get("Phones").get(0).get("MacAddress").asText();
    }

    /** The path below {@code /xapi/v1} with every placeholder replaced by a valid, encoded literal. */
    String path(Operation op) {
        Matcher keyed = KEYED.matcher(op.path());
        String keySet = keyed.find() ? keyed.group(1) : null;
        String keyName = keySet != null ? keyed.group(2) : null;
        Matcher alternate = ALTERNATE.matcher(op.path());
        if (alternate.matches()) {
            keySet = alternate.group(1);
            keyName = alternate.group(3);
        }
        Matcher m = PLACEHOLDER.matcher(op.path());
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            OperationParameter p = op.parameters().stream()
                    .filter(x -> x.location() == ParameterLocation.PATH && x.specName().equals(name)).findFirst().orElseThrow();
            String literal = name.equals(keyName) ? existingKey(keySet, p) : literal(p);
            m.appendReplacement(out, Matcher.quoteReplacement(encode(literal)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The JSON body, or null when the operation takes none. */
    String body(Operation op) {
        if (op.body() == null) {
            return null;
        }
        if (op.body().kind() == BodyKind.ENTITY) {
            if (op.method().equals("PATCH") || op.method().equals("PUT")) {
                return "{}";
            }
            // A new variant per created entity: numbers, names and MACs must not collide with earlier ones.
            ObjectNode entity = samples.entity(op.body().schema(), variant++);
            if (entity.path("Id").isNumber()) {
                entity.remove("Id"); // assigned by the server
            }
            return entity.toString();
        }
        ObjectNode body = XapiClient.JSON.createObjectNode();
        for (OperationParameter p : op.body().properties()) {
            switch (p.type()) {
                case STRING -> body.put(p.specName(), p.specName().equalsIgnoreCase("mac") ? mac : "text");
                case INT32, INT64 -> body.put(p.specName(), 1);
                case DECIMAL, DOUBLE -> body.put(p.specName(), 1.5);
                case BOOLEAN -> body.put(p.specName(), true);
                case DATE_TIME -> body.put(p.specName(), "2025-06-01T00:00:00Z");
                case DATE -> body.put(p.specName(), "2025-06-01");
                case UUID -> body.put(p.specName(), "6f1c2d3e-0000-4000-8000-000000000001");
                case ARRAY -> body.putArray(p.specName());
                case OBJECT -> body.putObject(p.specName());
            }
        }
        return body.toString();
    }

    private String literal(OperationParameter p) {
        return switch (p.type()) {
            case INT32, INT64, DECIMAL, DOUBLE -> "1";
            case BOOLEAN -> "true";
            case DATE_TIME -> "2025-06-01T00:00:00Z";
            case DATE -> "2025-06-01";
            case UUID -> "6f1c2d3e-0000-4000-8000-000000000001";
            default -> {
                if (p.specName().equalsIgnoreCase("mac")) {
                    yield quote(mac);
                }
                if (p.specName().equalsIgnoreCase("number")) {
                    yield quote("100");
                }
                yield quote("text");
            }
        };
    }

    private String existingKey(String set, OperationParameter p) {
        return keys.computeIfAbsent(set + "/" + p.specName(), k -> {
            String s = set;
            JsonNode list = XapiClient.json(client.get("/" + s));
            JsonNode first = list.path("value").path(0).get(p.specName());
            if (first == null) {
                return literal(p);
            }
            return p.type() == ValueType.STRING ? quote(first.asText()) : first.asText();
        });
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "''") + "'";
    }

    /** Percent-encodes what a URI path cannot carry as is; keeps the OData punctuation readable. */
    static String encode(String literal) {
        return URLEncoder.encode(literal, StandardCharsets.UTF_8).replace("+", "%20").replace("%27", "'")
                .replace("%3A", ":");
    }
}

package io.camel3cx.codegen;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads the component JSON that camel-package-maven-plugin writes for the {@code threecx} component
 * ({@code META-INF/io/camel3cx/component/threecx.json}) from the classpath: the builder takes its endpoint options from
 * there, so it offers exactly what the endpoint accepts, with the same names, types and descriptions.
 */
public final class ComponentJson {

    public static final String SCHEME = "threecx";
    private static final String SERVICE = "META-INF/services/org/apache/camel/component/" + SCHEME;

    private final JsonNode root;

    public ComponentJson(JsonNode root) {
        this.root = root;
    }

    /** The component JSON of the {@code threecx} component on the classpath, found through its service file. */
    public static ComponentJson fromClasspath(ClassLoader loader) {
        String componentClass = serviceClass(loader);
        String pkg = componentClass.substring(0, componentClass.lastIndexOf('.'));
        String resource = "META-INF/" + pkg.replace('.', '/') + "/" + SCHEME + ".json";
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The component JSON " + resource + " is not on the classpath; build the"
                        + " component first (mvn -pl camel-3cx-component -am install -DskipTests)");
            }
            return new ComponentJson(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    private static String serviceClass(ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(SERVICE)) {
            if (in == null) {
                throw new IllegalStateException("No Camel component '" + SCHEME + "' on the classpath (" + SERVICE
                        + " is missing); build the component first (mvn -pl camel-3cx-component -am install"
                        + " -DskipTests)");
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            String cls = p.getProperty("class");
            if (cls == null || cls.isBlank()) {
                throw new IllegalStateException(SERVICE + " names no class");
            }
            return cls.strip();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + SERVICE, e);
        }
    }

    /** The endpoint options (kind {@code parameter}), in the JSON's order. */
    public List<EndpointOption> endpointOptions() {
        JsonNode props = root.path("properties");
        if (!props.isObject()) {
            throw new IllegalStateException("The component JSON has no endpoint 'properties' section");
        }
        List<EndpointOption> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = props.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode p = e.getValue();
            if (!"parameter".equals(p.path("kind").asText())) {
                continue;
            }
            List<String> enums = new ArrayList<>();
            p.path("enum").forEach(v -> enums.add(v.asText()));
            JsonNode def = p.get("defaultValue");
            out.add(new EndpointOption(e.getKey(), p.path("javaType").asText(), p.path("description").asText(""),
                    p.path("group").asText(""), p.path("required").asBoolean(false), p.path("secret").asBoolean(false),
                    def == null || def.isNull() ? null : def.asText(), enums));
        }
        return out;
    }

    /** The {@code apis} section's resource names, empty when the component JSON has none. */
    public List<String> apiNames() {
        List<String> out = new ArrayList<>();
        root.path("apis").fieldNames().forEachRemaining(out::add);
        return out;
    }

    public JsonNode root() {
        return root;
    }
}

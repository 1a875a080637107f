package io.camel3cx.springboot.generator;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The component description camel-package-maven-plugin writes into the component jar ({@value #RESOURCE}): the one
 * source the starter's properties and the docs' option tables are generated from.
 */
public record ComponentModel(String scheme, String title, String description, String javaType, String syntax,
        List<Option> componentOptions, List<Option> endpointOptions, List<Header> headers) {

    public static final String RESOURCE = "META-INF/io/camel3cx/component/threecx.json";

    /** One option as the JSON describes it. */
    public record Option(String name, String kind, String group, String label, boolean required, String type,
            String javaType, List<String> enums, String defaultValue, boolean secret, String description) {

        /** The option name as Spring Boot writes property keys: {@code baseUrl} becomes {@code base-url}. */
        public String kebabName() {
            return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
        }
    }

    public record Header(String name, String javaType, String description) {
    }

    public static ComponentModel load() {
        try (InputStream in = ComponentModel.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the class path: build camel-3cx first");
            }
            return parse(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + RESOURCE, e);
        }
    }

    static ComponentModel parse(JsonNode json) {
        JsonNode c = json.get("component");
        return new ComponentModel(c.path("scheme").asText(), c.path("title").asText(), c.path("description").asText(),
                c.path("javaType").asText(), c.path("syntax").asText(), options(json.get("componentProperties")),
                options(json.get("properties")), headers(json.get("headers")));
    }

    private static List<Option> options(JsonNode properties) {
        List<Option> options = new ArrayList<>();
        if (properties == null) {
            return options;
        }
        for (Map.Entry<String, JsonNode> e : properties.properties()) {
            JsonNode o = e.getValue();
            List<String> enums = new ArrayList<>();
            o.path("enum").forEach(v -> enums.add(v.asText()));
            options.add(new Option(e.getKey(), o.path("kind").asText(), o.path("group").asText(),
                    o.path("label").asText(""), o.path("required").asBoolean(), o.path("type").asText(),
                    o.path("javaType").asText(), enums,
                    o.hasNonNull("defaultValue") ? o.get("defaultValue").asText() : null,
                    o.path("secret").asBoolean(), o.path("description").asText()));
        }
        return options;
    }

    private static List<Header> headers(JsonNode headers) {
        List<Header> list = new ArrayList<>();
        if (headers == null) {
            return list;
        }
        for (Map.Entry<String, JsonNode> e : headers.properties()) {
            list.add(new Header(e.getKey(), e.getValue().path("javaType").asText(),
                    e.getValue().path("description").asText()));
        }
        return list;
    }
}

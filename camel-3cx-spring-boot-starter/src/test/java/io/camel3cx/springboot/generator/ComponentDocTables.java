package io.camel3cx.springboot.generator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the option and header tables of {@code docs/threecx-component.md} from the component's threecx.json, between
 * {@code <!-- generated:NAME:begin -->} and {@code <!-- generated:NAME:end -->} markers; the prose around them is
 * hand-written. Run by {@code mvn -pl camel-3cx-spring-boot-starter -am -Pregenerate-starter process-test-classes};
 * {@code ComponentDocIsUpToDateTest} fails when the page's tables differ from what this writes.
 */
public final class ComponentDocTables {

    static final Path PAGE = Path.of("..", "docs", "threecx-component.md");

    private static final Pattern SECTION = Pattern.compile(
            "(<!-- generated:([a-z-]+):begin -->\\n)(.*?)(<!-- generated:\\2:end -->)", Pattern.DOTALL);

    private ComponentDocTables() {
    }

    public static void main(String[] args) throws IOException {
        Path basedir = Path.of(args.length > 0 ? args[0] : ".");
        Path page = basedir.resolve(PAGE).normalize();
        Files.writeString(page, fill(Files.readString(page, StandardCharsets.UTF_8), ComponentModel.load()),
                StandardCharsets.UTF_8);
        System.out.println("Wrote the generated tables of " + page);
    }

    /** The page with every generated section replaced by its current table. */
    static String fill(String page, ComponentModel model) {
        Matcher m = SECTION.matcher(page);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + table(m.group(2), model) + m.group(4)));
        }
        m.appendTail(out);
        return out.toString();
    }

    static String table(String section, ComponentModel model) {
        return switch (section) {
            case "component-options" -> options(model.componentOptions(), o -> o.name());
            case "endpoint-path" -> options(model.endpointOptions().stream().filter(o -> o.kind().equals("path")).toList(),
                    o -> o.name());
            case "endpoint-options" -> options(
                    model.endpointOptions().stream().filter(o -> !o.kind().equals("path")).toList(), o -> o.name());
            case "spring-boot-options" -> options(StarterConfigurationGenerator.options(model),
                    o -> "camel.component." + model.scheme() + "." + o.kebabName());
            case "headers" -> headers(model.headers());
            default -> throw new IllegalArgumentException("Unknown generated section '" + section + "'; known:"
                    + " component-options, endpoint-path, endpoint-options, spring-boot-options, headers");
        };
    }

    private static String options(List<ComponentModel.Option> options, Function<ComponentModel.Option, String> name) {
        StringBuilder out = new StringBuilder();
        out.append("| Name | Group | Description | Default | Type |\n");
        out.append("|---|---|---|---|---|\n");
        for (ComponentModel.Option o : options) {
            String description = o.description() + (o.required() ? " *Required.*" : "") + (o.secret() ? " *Secret.*" : "")
                                 + (o.enums().isEmpty() ? "" : " Values: " + String.join(", ", o.enums()) + ".");
            out.append("| `").append(name.apply(o)).append("` | ").append(cell(o.group())).append(" | ")
                    .append(cell(description)).append(" | ")
                    .append(o.defaultValue() == null ? "" : "`" + o.defaultValue() + "`").append(" | ")
                    .append(cell(simpleType(o.javaType()))).append(" |\n");
        }
        return out.toString();
    }

    private static String headers(List<ComponentModel.Header> headers) {
        StringBuilder out = new StringBuilder();
        out.append("| Header | Description | Type |\n");
        out.append("|---|---|---|\n");
        for (ComponentModel.Header h : headers) {
            out.append("| `").append(h.name()).append("` | ").append(cell(h.description())).append(" | ")
                    .append(cell(simpleType(h.javaType()))).append(" |\n");
        }
        return out.toString();
    }

    private static String simpleType(String javaType) {
        return javaType.startsWith("java.lang.") ? javaType.substring("java.lang.".length()) : javaType;
    }

    private static String cell(String text) {
        return text == null ? "" : text.replace("|", "\\|").replace("\n", " ").strip();
    }
}

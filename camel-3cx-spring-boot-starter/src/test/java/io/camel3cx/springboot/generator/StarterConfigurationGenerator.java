package io.camel3cx.springboot.generator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes {@code ThreeCxComponentConfiguration.java}, the {@code camel.component.threecx.*} properties of the
 * starter, from the component's own description ({@link ComponentModel}), the way Camel generates its starters:
 * one property per component option, with the option's description as javadoc (which becomes the IDE help through
 * spring-boot-configuration-processor) and its default. Run by {@code mvn -pl camel-3cx-spring-boot-starter
 * -Pregenerate-starter process-test-classes}; {@code StarterIsUpToDateTest} fails when the checked-in file differs.
 */
public final class StarterConfigurationGenerator {

    static final String PACKAGE = "io.camel3cx.springboot";
    static final String CLASS = "ThreeCxComponentConfiguration";
    static final Path SOURCE = Path.of("src/main/java/io/camel3cx/springboot/" + CLASS + ".java");

    /**
     * Component options the starter leaves out: {@code configuration} is the holder of all the others, which the
     * starter binds one by one (binding both would let the holder silently replace them).
     */
    public static final Set<String> SKIPPED = Set.of("configuration");

    private static final Map<String, String> BOXED = Map.of(
            "boolean", "java.lang.Boolean", "int", "java.lang.Integer", "long", "java.lang.Long",
            "double", "java.lang.Double", "float", "java.lang.Float", "short", "java.lang.Short");

    private StarterConfigurationGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path basedir = Path.of(args.length > 0 ? args[0] : ".");
        Path target = basedir.resolve(SOURCE);
        Files.createDirectories(target.getParent());
        Files.writeString(target, generate(ComponentModel.load()), StandardCharsets.UTF_8);
        System.out.println("Wrote " + target);
    }

    static String generate(ComponentModel model) {
        StringBuilder out = new StringBuilder();
        out.append("package ").append(PACKAGE).append(";\n\n");
        out.append("import org.apache.camel.spring.boot.ComponentConfigurationPropertiesCommon;\n");
        out.append("import org.springframework.boot.context.properties.ConfigurationProperties;\n\n");
        out.append("/**\n");
        javadoc(out, "", "The Spring Boot properties camel.component." + model.scheme() + ".*: one per option of the "
                + model.title() + " component (" + model.javaType() + "), applied to the component when Camel creates it.");
        out.append(" * <p>\n");
        out.append(" * Generated from the component's threecx.json by StarterConfigurationGenerator (starter tests);\n");
        out.append(" * do not edit: run mvn -pl camel-3cx-spring-boot-starter -am -Pregenerate-starter process-test-classes.\n");
        out.append(" */\n");
        out.append("@ConfigurationProperties(prefix = \"camel.component.").append(model.scheme()).append("\")\n");
        out.append("public class ").append(CLASS).append(" extends ComponentConfigurationPropertiesCommon {\n");
        List<ComponentModel.Option> options = options(model);
        for (ComponentModel.Option o : options) {
            out.append('\n');
            out.append("    /**\n");
            javadoc(out, "    ", o.description());
            out.append("     */\n");
            out.append("    private ").append(fieldType(o)).append(' ').append(o.name());
            String initializer = initializer(o);
            if (initializer != null) {
                out.append(" = ").append(initializer);
            }
            out.append(";\n");
        }
        for (ComponentModel.Option o : options) {
            String type = fieldType(o);
            String capital = Character.toUpperCase(o.name().charAt(0)) + o.name().substring(1);
            out.append('\n');
            out.append("    public ").append(type).append(" get").append(capital).append("() {\n");
            out.append("        return ").append(o.name()).append(";\n");
            out.append("    }\n\n");
            out.append("    public void set").append(capital).append('(').append(type).append(' ').append(o.name())
                    .append(") {\n");
            out.append("        this.").append(o.name()).append(" = ").append(o.name()).append(";\n");
            out.append("    }\n");
        }
        out.append('\n');
        out.append("    /** Never shows the client secret: the properties object ends up in logs and reports. */\n");
        out.append("    @Override\n");
        out.append("    public String toString() {\n");
        out.append("        return \"").append(CLASS).append("[\"");
        boolean first = true;
        for (ComponentModel.Option o : options) {
            if (o.javaType().contains(".") && !o.javaType().startsWith("java.lang.")) {
                continue;
            }
            out.append("\n                + \"").append(first ? "" : ", ").append(o.name()).append("=\" + ");
            out.append(o.secret() ? "(" + o.name() + " == null ? null : \"******\")" : o.name());
            first = false;
        }
        out.append("\n                + \"]\";\n");
        out.append("    }\n");
        out.append("}\n");
        return out.toString();
    }

    static List<ComponentModel.Option> options(ComponentModel model) {
        List<ComponentModel.Option> options = new ArrayList<>();
        for (ComponentModel.Option o : model.componentOptions()) {
            if (!SKIPPED.contains(o.name())) {
                options.add(o);
            }
        }
        return options;
    }

    /** Boxed, so an option nobody set stays null and is not copied onto the component. */
    static String fieldType(ComponentModel.Option o) {
        String type = BOXED.getOrDefault(o.javaType(), o.javaType());
        return type.startsWith("java.lang.") ? type.substring("java.lang.".length()) : type;
    }

    private static String initializer(ComponentModel.Option o) {
        if (o.defaultValue() == null || o.defaultValue().isEmpty()) {
            return null;
        }
        return switch (fieldType(o)) {
            case "Boolean" -> o.defaultValue();
            case "Integer" -> o.defaultValue();
            case "Long" -> o.defaultValue() + "L";
            case "String" -> "\"" + o.defaultValue().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
            default -> o.enums().isEmpty() ? null : o.javaType() + "." + o.defaultValue();
        };
    }

    /**
     * Wraps text at 110 columns as javadoc. Only what would break the comment is escaped: the configuration
     * processor copies the text as it is into the IDE metadata.
     */
    private static void javadoc(StringBuilder out, String indent, String text) {
        String escaped = text.replace("*/", "* /");
        StringBuilder line = new StringBuilder();
        for (String word : escaped.trim().split("\\s+")) {
            if (line.length() > 0 && indent.length() + 3 + line.length() + 1 + word.length() > 110) {
                out.append(indent).append(" * ").append(line).append('\n');
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            out.append(indent).append(" * ").append(line).append('\n');
        }
    }
}

package io.camel3cx.codegen;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.camel3cx.catalog.Operation;
import io.camel3cx.catalog.OperationParameter;
import io.camel3cx.catalog.ResponseKind;

/**
 * Writes one {@code <Resource>ApiConfiguration} class per resource of the union of the bundled releases into
 * {@value #OUTPUT_DIR}. The classes carry Camel's {@code @ApiParams}/{@code @ApiParam}/{@code @ApiMethod} annotations
 * and nothing else: camel-package-maven-plugin's {@code generate} goal (EndpointSchemaGeneratorMojo) finds every
 * {@code @ApiParams} class in the component's Jandex index, and for an endpoint that implements
 * {@code org.apache.camel.ApiEndpoint} turns them into the {@code apis} and {@code apiProperties} sections of the
 * component JSON that IDEs, Karavan and {@code camel-catalog} read. The runtime never loads them; it binds options
 * from the operation catalog.
 *
 * <p>The mojo reads one Java field per option name and API, with one {@code optional} flag and one type for every
 * method that lists it. An option that is required for some operations and optional for others (or typed differently)
 * therefore gets one field per variant, all mapped to the same option name with {@code @UriParam(name = ...)}; the
 * mojo records each method's option from the field that lists that method. The classes are plain (no
 * {@code @Configurer}) so the plugin generates no configurer for them.
 */
public final class ApiMetadataGenerator {

    public static final String PACKAGE = "io.camel3cx.component.api";
    public static final String OUTPUT_DIR = "camel-3cx-component/src/generated/java/io/camel3cx/component/api";

    private final CatalogUnion catalog;

    public ApiMetadataGenerator(CatalogUnion catalog) {
        this.catalog = catalog;
    }

    /** The class name for a resource: {@code cdrSettings -> CdrSettingsApiConfiguration}. */
    public static String className(String resource) {
        return JavaSource.upperFirst(resource) + "ApiConfiguration";
    }

    public List<GeneratedFile> generate() {
        List<GeneratedFile> files = new ArrayList<>();
        for (ResourceUnion resource : catalog.resources()) {
            files.add(new GeneratedFile(OUTPUT_DIR + "/" + className(resource.name()) + ".java", source(resource)));
        }
        return files;
    }

    /** One field: an option name with one type and one optional flag, and the operations that use it so. */
    private record FieldKey(String option, String javaType, boolean optional) implements Comparable<FieldKey> {
        @Override
        public int compareTo(FieldKey o) {
            int c = option.compareTo(o.option);
            c = c != 0 ? c : javaType.compareTo(o.javaType);
            return c != 0 ? c : Boolean.compare(optional, o.optional);
        }
    }

    private record FieldUse(OperationUnion operation, OptionUnion option) {
    }

    String source(ResourceUnion resource) {
        List<String> releases = catalog.releases();
        Map<FieldKey, List<FieldUse>> fields = new TreeMap<>();
        Map<String, String> generalDescription = new TreeMap<>();
        for (OperationUnion op : resource.operations()) {
            for (OptionUnion option : op.options()) {
                JavaSource.identifier(option.name(), "Option of " + op.resource() + "/" + op.name());
                FieldKey key = new FieldKey(option.name(), ApiFieldTypes.of(option.types()), !option.required(op));
                fields.computeIfAbsent(key, k -> new ArrayList<>()).add(new FieldUse(op, option));
                generalDescription.putIfAbsent(option.name(), option.description() != null
                        ? option.description() : OptionText.fallbackDescription(option));
            }
        }
        Map<String, Integer> variants = new TreeMap<>();
        fields.keySet().forEach(k -> variants.merge(k.option(), 1, Integer::sum));

        StringBuilder s = new StringBuilder();
        s.append(GeneratedMarker.javaHeader(ApiMetadataGenerator.class));
        s.append("package ").append(PACKAGE).append(";\n\n");
        s.append(GeneratedMarker.GENERATED_IMPORT).append('\n');
        s.append("import org.apache.camel.spi.ApiMethod;\n");
        s.append("import org.apache.camel.spi.ApiParam;\n");
        s.append("import org.apache.camel.spi.ApiParams;\n");
        s.append("import org.apache.camel.spi.UriParam;\n");
        s.append("import org.apache.camel.spi.UriParams;\n\n");
        s.append("/**\n");
        s.append(" * Tooling metadata of the 3CX XAPI resource {@code ").append(resource.name())
                .append("} (spec tag {@code ").append(JavaSource.doc(resource.tag())).append("}): its ")
                .append(resource.operations().size()).append(" operations and their options, read by\n");
        s.append(" * camel-package-maven-plugin into the {@code apis} and {@code apiProperties} of the component JSON."
                + " Nothing reads\n * this class at runtime: the endpoint binds options from the operation catalog.\n");
        s.append(" */\n");
        s.append("@ApiParams(apiName = ").append(JavaSource.literal(resource.name())).append(", producerOnly = true,\n");
        s.append("        description = ").append(JavaSource.literal(resourceDescription(resource, releases)))
                .append(",\n");
        s.append("        apiMethods = {\n");
        for (OperationUnion op : resource.operations()) {
            s.append("            @ApiMethod(methodName = ").append(JavaSource.literal(op.name())).append(",\n");
            s.append("                       description = ")
                    .append(JavaSource.literal(OptionText.describe(op, releases))).append(",\n");
            s.append("                       signatures = {");
            List<String> sigs = new ArrayList<>(signatures(op));
            for (int i = 0; i < sigs.size(); i++) {
                s.append(i == 0 ? "" : ", ").append(JavaSource.literal(sigs.get(i)));
            }
            s.append("}),\n");
        }
        s.append("        })\n");
        s.append(GeneratedMarker.annotation(ApiMetadataGenerator.class));
        s.append("@UriParams\n");
        s.append("@SuppressWarnings(\"unused\")\n");
        s.append("public final class ").append(className(resource.name())).append(" {\n");
        for (Map.Entry<FieldKey, List<FieldUse>> f : fields.entrySet()) {
            FieldKey key = f.getKey();
            String fieldName = variants.get(key.option()) == 1
                    ? key.option()
                    : key.option() + "_" + key.javaType().substring(key.javaType().lastIndexOf('.') + 1)
                            + (key.optional() ? "_optional" : "_required");
            String general = generalDescription.get(key.option());
            s.append('\n');
            s.append("    @UriParam(");
            if (!fieldName.equals(key.option())) {
                s.append("name = ").append(JavaSource.literal(key.option())).append(", ");
            }
            s.append("description = ").append(JavaSource.literal(general)).append(")\n");
            s.append("    @ApiParam(optional = ").append(key.optional()).append(", apiMethods = {\n");
            for (FieldUse use : f.getValue()) {
                s.append("            @ApiMethod(methodName = ").append(JavaSource.literal(use.operation().name()))
                        .append(", description = ")
                        .append(JavaSource.literal(OptionText.describe(use.option(), use.operation(), releases)))
                        .append("),\n");
            }
            s.append("    })\n");
            s.append("    private ").append(key.javaType()).append(' ').append(fieldName).append(";\n");
        }
        s.append("}\n");
        return s.toString();
    }

    private static String resourceDescription(ResourceUnion resource, List<String> releases) {
        return "3CX XAPI " + resource.tag() + ": " + resource.operations().size() + " operations"
                + " (releases " + ReleaseRanges.describe(resource.releases(), releases) + ")";
    }

    /**
     * One Java-like signature per distinct definition, e.g. {@code void reprovisionPhone(String mac)}: tooling shows
     * them as the method's inputs and result.
     */
    static Set<String> signatures(OperationUnion op) {
        // Parameters in the union's order, so a release that only reordered them adds no signature.
        List<String> order = op.options().stream().map(OptionUnion::name).toList();
        Set<String> out = new LinkedHashSet<>();
        for (int i = op.definitions().size() - 1; i >= 0; i--) {
            Operation def = op.definitions().get(i);
            Map<String, String> typed = new TreeMap<>();
            for (OperationParameter p : def.options()) {
                typed.putIfAbsent(p.name(), ApiFieldTypes.of(p.type()) + " " + p.name());
            }
            List<String> params = order.stream().filter(typed::containsKey).map(typed::get).toList();
            out.add(resultType(def) + " " + op.name() + "(" + String.join(", ", params) + ")");
        }
        return out;
    }

    private static String resultType(Operation def) {
        ResponseKind kind = def.response() == null ? ResponseKind.NONE : def.response().kind();
        return switch (kind) {
            case ENTITY -> "java.util.Map<String, Object>";
            case COLLECTION -> "java.util.List<Object>";
            case VALUE -> "Object";
            case NONE -> "void";
        };
    }
}

package io.camel3cx.codegen;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.camel3cx.catalog.ValueType;

/**
 * Writes the typed Java DSL endpoint builder into {@value #OUTPUT_DIR}:
 * {@code ThreeCxEndpoints.threecx().users().reprovisionPhone().mac("001122AABBCC")}, usable directly in
 * {@code .to(...)} because every operation builder is an {@code org.apache.camel.builder.EndpointProducerBuilder}.
 * <ul>
 * <li>{@code AbstractThreeCxEndpointBuilder}: URI writing, encoding and endpoint resolution, copied from this
 * module's template;</li>
 * <li>{@code ThreeCxEndpointBuilder}: one method per endpoint option, taken from the component JSON;</li>
 * <li>{@code ThreeCxEndpoints}: the entry point, one method per resource;</li>
 * <li>{@code <Resource>Endpoints}: one method per operation and one nested builder class per operation, with one
 * method per option of the union of the bundled releases.</li>
 * </ul>
 * A mistyped resource, operation or option does not compile. Typed overloads ({@code int}, {@code long},
 * {@code OffsetDateTime} ...) follow the option's declared types in every release; a {@code String} overload is always
 * there for placeholders and simple expressions.
 */
public final class EndpointBuilderGenerator {

    public static final String PACKAGE = "io.camel3cx.builder";
    public static final String OUTPUT_DIR = "camel-3cx-component/src/generated/java/io/camel3cx/builder";
    public static final String ENTRY_CLASS = "ThreeCxEndpoints";
    public static final String OPTIONS_BASE_CLASS = "ThreeCxEndpointBuilder";
    public static final String SUPPORT_CLASS = "AbstractThreeCxEndpointBuilder";
    private static final String TEMPLATE = "io/camel3cx/codegen/" + SUPPORT_CLASS + ".java.template";

    /** Methods the builders inherit: an option or operation of one of these names would not compile or would lie. */
    static final Set<String> RESERVED_METHODS = Set.of("uri", "getRawUri", "resolve", "expr", "doSetProperty",
            "doSetMultiValueProperty", "doSetMultiValueProperties", "asText", "joinList", "encode", "toString",
            "hashCode", "equals", "getClass", "notify", "notifyAll", "wait", "clone", "finalize", "self");

    private final CatalogUnion catalog;
    private final List<EndpointOption> endpointOptions;

    public EndpointBuilderGenerator(CatalogUnion catalog, List<EndpointOption> endpointOptions) {
        this.catalog = catalog;
        this.endpointOptions = List.copyOf(endpointOptions);
    }

    /** {@code users -> UsersEndpoints}. */
    public static String resourceClass(String resource) {
        return JavaSource.upperFirst(resource) + "Endpoints";
    }

    /** {@code reprovisionPhone -> ReprovisionPhone}, nested in its resource class. */
    public static String operationClass(String operation) {
        return JavaSource.upperFirst(operation);
    }

    public List<GeneratedFile> generate() {
        checkNames();
        List<GeneratedFile> files = new ArrayList<>();
        files.add(file(SUPPORT_CLASS, GeneratedMarker.javaHeader(EndpointBuilderGenerator.class) + template()));
        files.add(file(OPTIONS_BASE_CLASS, optionsBase()));
        files.add(file(ENTRY_CLASS, entry()));
        for (ResourceUnion r : catalog.resources()) {
            files.add(file(resourceClass(r.name()), resource(r)));
        }
        return files;
    }

    private static GeneratedFile file(String className, String content) {
        return new GeneratedFile(OUTPUT_DIR + "/" + className + ".java", content);
    }

    /** Fails with the offending names when the catalog holds one the builder cannot express. */
    private void checkNames() {
        List<String> problems = new ArrayList<>();
        Set<String> endpointNames = new LinkedHashSet<>();
        endpointOptions.forEach(o -> endpointNames.add(o.name()));
        Set<String> classNames = new LinkedHashSet<>(Set.of(ENTRY_CLASS, OPTIONS_BASE_CLASS, SUPPORT_CLASS));
        for (EndpointOption o : endpointOptions) {
            if (!JavaSource.isIdentifier(o.name()) || RESERVED_METHODS.contains(o.name())) {
                problems.add("endpoint option '" + o.name() + "' cannot be a builder method");
            }
        }
        for (ResourceUnion r : catalog.resources()) {
            if (!JavaSource.isIdentifier(r.name()) || RESERVED_METHODS.contains(r.name())) {
                problems.add("resource '" + r.name() + "' cannot be a builder method");
            }
            if (!classNames.add(resourceClass(r.name()))) {
                problems.add("resource '" + r.name() + "' maps to class " + resourceClass(r.name())
                        + " that another resource or the builder already uses");
            }
            Set<String> opClasses = new LinkedHashSet<>();
            for (OperationUnion op : r.operations()) {
                if (!JavaSource.isIdentifier(op.name()) || RESERVED_METHODS.contains(op.name())) {
                    problems.add("operation '" + op.resource() + "/" + op.name() + "' cannot be a builder method");
                }
                String cls = operationClass(op.name());
                if (cls.equals(resourceClass(r.name())) || !opClasses.add(cls.toLowerCase(Locale.ROOT))) {
                    problems.add("operation '" + op.resource() + "/" + op.name() + "' maps to nested class " + cls
                            + " that clashes with its resource class or another operation");
                }
                for (OptionUnion option : op.options()) {
                    if (!JavaSource.isIdentifier(option.name()) || RESERVED_METHODS.contains(option.name())) {
                        problems.add("option '" + option.name() + "' of " + op.resource() + "/" + op.name()
                                + " cannot be a builder method");
                    }
                    if (endpointNames.contains(option.name())) {
                        problems.add("option '" + option.name() + "' of " + op.resource() + "/" + op.name()
                                + " has the name of an endpoint option, so a URI cannot tell them apart");
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The builder cannot express these names:\n  " + String.join("\n  ", problems));
        }
    }

    private static String template() {
        try (InputStream in = EndpointBuilderGenerator.class.getClassLoader().getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new IllegalStateException("Template " + TEMPLATE + " is missing from the codegen jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // --- ThreeCxEndpointBuilder: the endpoint options ---------------------------------------------------------------

    private String optionsBase() {
        StringBuilder s = new StringBuilder();
        s.append(GeneratedMarker.javaHeader(EndpointBuilderGenerator.class));
        s.append("package ").append(PACKAGE).append(";\n\n");
        s.append("import java.util.Set;\n\n");
        s.append(GeneratedMarker.GENERATED_IMPORT).append('\n');
        s.append("/**\n");
        s.append(" * The endpoint options every 3CX operation builder offers (connection, security, behaviour), as the"
                + " component JSON lists\n * them. Endpoint options set here win over the component's; unset ones"
                + " fall back to it.\n *\n");
        s.append(" * @param <B> the concrete operation builder, returned by every method so calls chain\n");
        s.append(" */\n");
        s.append(GeneratedMarker.annotation(EndpointBuilderGenerator.class));
        s.append("public abstract class ").append(OPTIONS_BASE_CLASS).append("<B extends ").append(OPTIONS_BASE_CLASS)
                .append("<B>> extends ").append(SUPPORT_CLASS).append(" {\n\n");
        List<String> secrets = endpointOptions.stream().filter(EndpointOption::secret).map(EndpointOption::name)
                .sorted().toList();
        s.append("    /** Options whose values {@link #toString()} masks. */\n");
        s.append("    static final Set<String> SECRET_OPTIONS = Set.of(")
                .append(String.join(", ", secrets.stream().map(JavaSource::literal).toList())).append(");\n\n");
        s.append("    protected ").append(OPTIONS_BASE_CLASS).append("(String scheme, String path) {\n");
        s.append("        super(scheme, path, SECRET_OPTIONS);\n");
        s.append("    }\n\n");
        s.append("    @SuppressWarnings(\"unchecked\")\n");
        s.append("    private B self() {\n        return (B) this;\n    }\n");
        List<EndpointOption> sorted = new ArrayList<>(endpointOptions);
        sorted.sort((a, b) -> a.name().compareTo(b.name()));
        for (EndpointOption o : sorted) {
            String doc = endpointOptionDoc(o);
            for (Setter setter : endpointSetters(o)) {
                s.append('\n');
                s.append("    /**\n").append(JavaSource.docLines(doc, "    ")).append("     *\n");
                s.append("     * @param ").append(o.name()).append(' ').append(JavaSource.doc(setter.paramDoc()))
                        .append("\n     * @return this builder\n     */\n");
                s.append("    public B ").append(o.name()).append('(').append(setter.paramType()).append(' ')
                        .append(o.name()).append(") {\n");
                s.append("        doSetProperty(").append(JavaSource.literal(o.name())).append(", ")
                        .append(setter.valueExpression(o.name())).append(");\n");
                s.append("        return self();\n    }\n");
            }
        }
        s.append("}\n");
        return s.toString();
    }

    private static String endpointOptionDoc(EndpointOption o) {
        StringBuilder d = new StringBuilder(o.description().isBlank() ? "Endpoint option " + o.name() : o.description());
        if (!o.group().isBlank() && !o.group().equals("producer") && !o.group().equals("common")) {
            d.append(" Group: ").append(o.group()).append('.');
        }
        if (o.defaultValue() != null && !o.defaultValue().isBlank()) {
            d.append(" Default: ").append(o.defaultValue()).append('.');
        }
        if (!o.enums().isEmpty()) {
            d.append(" One of: ").append(String.join(", ", o.enums())).append('.');
        }
        if (o.required()) {
            d.append(" Required, here or on the component.");
        }
        if (o.secret()) {
            d.append(" Secret: prefer a property placeholder such as {{threecx.").append(o.name())
                    .append("}} so the URI never holds the value.");
        }
        return d.toString();
    }

    /** One method overload: its parameter type and how its argument becomes the stored value. */
    private record Setter(String paramType, String conversion, String paramDoc) {
        String valueExpression(String param) {
            return conversion.replace("%s", param);
        }

        boolean primitive() {
            return Set.of("int", "long", "double", "boolean").contains(paramType);
        }
    }

    private static List<Setter> endpointSetters(EndpointOption o) {
        String text = "the value, a property placeholder such as {{name}}, or a #bean reference";
        String t = o.javaType();
        List<Setter> out = new ArrayList<>();
        switch (t) {
            case "java.lang.String" -> {
                out.add(new Setter("String", "%s", "the value, or a property placeholder such as {{name}}"));
                return out;
            }
            case "int", "java.lang.Integer" -> out.add(new Setter("int", "%s", "the value"));
            case "long", "java.lang.Long" -> out.add(new Setter("long", "%s", "the value"));
            case "boolean", "java.lang.Boolean" -> out.add(new Setter("boolean", "%s", "the value"));
            case "double", "java.lang.Double" -> out.add(new Setter("double", "asText(%s)", "the value"));
            default -> {
                if (!t.contains("<") && !t.contains("[")) {
                    Class<?> cls = loadPublic(t);
                    if (cls != null) {
                        out.add(new Setter(t, "%s", cls.isEnum() ? "the value"
                                : "the object; it is bound into the registry when the endpoint is resolved"));
                    }
                }
            }
        }
        out.add(new Setter("String", "%s", text));
        return out;
    }

    private static Class<?> loadPublic(String className) {
        try {
            Class<?> c = Class.forName(className, false, EndpointBuilderGenerator.class.getClassLoader());
            return Modifier.isPublic(c.getModifiers()) && c.getEnclosingClass() == null ? c : null;
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }

    // --- ThreeCxEndpoints: the entry point --------------------------------------------------------------------------

    private String entry() {
        StringBuilder s = new StringBuilder();
        s.append(GeneratedMarker.javaHeader(EndpointBuilderGenerator.class));
        s.append("package ").append(PACKAGE).append(";\n\n");
        s.append(GeneratedMarker.GENERATED_IMPORT).append('\n');
        s.append("/**\n");
        s.append(" * Typed endpoints of the 3CX component for the Java DSL: {@code .to(threecx().users()"
                + ".reprovisionPhone().mac(\"001122AABBCC\"))}\n");
        s.append(" * (with {@code import static ").append(PACKAGE).append('.').append(ENTRY_CLASS)
                .append(".threecx;}). Covers every resource, operation and option of the bundled XAPI\n");
        s.append(" * releases ").append(JavaSource.doc(ReleaseRanges.describe(catalog.releases(), catalog.releases())))
                .append(": ").append(catalog.resources().size()).append(" resources, ")
                .append(catalog.operationCount()).append(" operations. An operation a release lacks fails when the"
                        + " endpoint is\n * created for that release.\n");
        s.append(" */\n");
        s.append(GeneratedMarker.annotation(EndpointBuilderGenerator.class));
        s.append("public final class ").append(ENTRY_CLASS).append(" {\n\n");
        s.append("    /** The name the component registers itself under. */\n");
        s.append("    public static final String DEFAULT_SCHEME = ").append(JavaSource.literal(ComponentJson.SCHEME))
                .append(";\n\n");
        s.append("    private final String scheme;\n\n");
        s.append("    private ").append(ENTRY_CLASS).append("(String scheme) {\n");
        s.append("        if (scheme == null || !scheme.matches(\"[A-Za-z][A-Za-z0-9+.-]*\")) {\n");
        s.append("            throw new IllegalArgumentException(\"'\" + scheme + \"' is not a component name; use"
                + " letters, digits, '+', '.' or '-', starting with a letter\");\n");
        s.append("        }\n");
        s.append("        this.scheme = scheme;\n");
        s.append("    }\n\n");
        s.append("    /** Endpoints of the component registered as {@value #DEFAULT_SCHEME}. */\n");
        s.append("    public static ").append(ENTRY_CLASS).append(" threecx() {\n");
        s.append("        return new ").append(ENTRY_CLASS).append("(DEFAULT_SCHEME);\n    }\n\n");
        s.append("    /**\n");
        s.append("     * Endpoints of a 3CX component registered under another name, e.g. one per PBX.\n     *\n");
        s.append("     * @param componentName the name the component instance is registered under\n");
        s.append("     */\n");
        s.append("    public static ").append(ENTRY_CLASS).append(" threecx(String componentName) {\n");
        s.append("        return new ").append(ENTRY_CLASS).append("(componentName);\n    }\n");
        for (ResourceUnion r : catalog.resources()) {
            s.append('\n');
            s.append("    /** Resource {@code ").append(r.name()).append("} (XAPI tag ")
                    .append(JavaSource.doc(r.tag())).append("): ").append(r.operations().size())
                    .append(" operations, releases ")
                    .append(JavaSource.doc(ReleaseRanges.describe(r.releases(), catalog.releases()))).append(". */\n");
            s.append("    public ").append(resourceClass(r.name())).append(' ').append(r.name()).append("() {\n");
            s.append("        return new ").append(resourceClass(r.name())).append("(scheme);\n    }\n");
        }
        s.append("}\n");
        return s.toString();
    }

    // --- <Resource>Endpoints: operations and their options ----------------------------------------------------------

    private String resource(ResourceUnion r) {
        List<String> releases = catalog.releases();
        String cls = resourceClass(r.name());
        StringBuilder s = new StringBuilder();
        s.append(GeneratedMarker.javaHeader(EndpointBuilderGenerator.class));
        s.append("package ").append(PACKAGE).append(";\n\n");
        s.append(GeneratedMarker.GENERATED_IMPORT).append('\n');
        s.append("/**\n");
        s.append(" * Endpoints of the 3CX XAPI resource {@code ").append(r.name()).append("} (tag ")
                .append(JavaSource.doc(r.tag())).append("): one builder per operation.\n");
        s.append(" */\n");
        s.append(GeneratedMarker.annotation(EndpointBuilderGenerator.class));
        s.append("public final class ").append(cls).append(" {\n\n");
        s.append("    private final String scheme;\n\n");
        s.append("    ").append(cls).append("(String scheme) {\n        this.scheme = scheme;\n    }\n");
        for (OperationUnion op : r.operations()) {
            s.append('\n');
            s.append("    /**\n").append(JavaSource.docLines(OptionText.describe(op, releases), "    ")).append("     *\n");
            s.append("     * @return the builder of {@code ").append(ComponentJson.SCHEME).append(':')
                    .append(op.resource()).append('/').append(op.name()).append("}\n     */\n");
            s.append("    public ").append(operationClass(op.name())).append(' ').append(op.name()).append("() {\n");
            s.append("        return new ").append(operationClass(op.name())).append("(scheme);\n    }\n");
        }
        for (OperationUnion op : r.operations()) {
            s.append('\n').append(operation(op, releases));
        }
        s.append("}\n");
        return s.toString();
    }

    private String operation(OperationUnion op, List<String> releases) {
        String cls = operationClass(op.name());
        StringBuilder s = new StringBuilder();
        s.append("    /** Builder of {@code ").append(op.resource()).append('/').append(op.name()).append("}: ")
                .append(JavaSource.doc(OptionText.httpForms(op, releases))).append(". */\n");
        s.append("    public static final class ").append(cls).append(" extends ").append(OPTIONS_BASE_CLASS)
                .append('<').append(cls).append("> {\n\n");
        s.append("        private ").append(cls).append("(String scheme) {\n");
        s.append("            super(scheme, ").append(JavaSource.literal(op.resource() + "/" + op.name()))
                .append(");\n        }\n");
        for (OptionUnion option : op.options()) {
            String doc = OptionText.describe(option, op, releases) + (option.required(op) ? ". Required" : "") + ".";
            for (Setter setter : optionSetters(option)) {
                s.append('\n');
                s.append("        /**\n").append(JavaSource.docLines(doc, "        ")).append("         *\n");
                s.append("         * @param ").append(option.name()).append(' ')
                        .append(JavaSource.doc(setter.paramDoc()))
                        .append(setter.primitive() ? "" : "; null leaves the option unset").append('\n');
                s.append("         * @return this builder\n         */\n");
                s.append("        public ").append(cls).append(' ').append(option.name()).append('(')
                        .append(setter.paramType()).append(' ').append(option.name()).append(") {\n");
                s.append("            doSetProperty(").append(JavaSource.literal(option.name())).append(", ")
                        .append(setter.valueExpression(option.name())).append(");\n");
                s.append("            return this;\n        }\n");
            }
        }
        s.append("    }\n");
        return s.toString();
    }

    /**
     * The overloads of an operation option: one per Java type its declared types map to (Int32 and Int64 together
     * need only {@code long}), and {@code String} for placeholders; comma-joined lists take {@code String...} and a
     * {@code Collection<String>}.
     */
    static List<Setter> optionSetters(OptionUnion option) {
        // typed overloads first, in declared-type order; String last
        Map<String, Setter> out = new LinkedHashMap<>();
        Set<ValueType> types = option.types();
        if (option.collection() && types.equals(Set.of(ValueType.STRING))) {
            out.put("String...", new Setter("String...", "joinList(" + JavaSource.literal(option.name())
                    + ", java.util.Arrays.asList(%s))", "the elements, or one comma-separated text or placeholder"));
            out.put("java.util.Collection<String>", new Setter("java.util.Collection<String>",
                    "joinList(" + JavaSource.literal(option.name()) + ", %s)", "the elements"));
            return List.copyOf(out.values());
        }
        boolean bothIntegers = types.contains(ValueType.INT32) && types.contains(ValueType.INT64);
        for (ValueType t : types) {
            Setter s = switch (t) {
                case INT32 -> bothIntegers ? null : new Setter("int", "%s", "the value");
                case INT64 -> new Setter("long", "%s", "the value");
                case DOUBLE -> new Setter("double", "asText(%s)", "the value");
                case DECIMAL -> new Setter("java.math.BigDecimal", "asText(%s)", "the value");
                case BOOLEAN -> new Setter("boolean", "%s", "the value");
                case DATE_TIME -> new Setter("java.time.OffsetDateTime", "asText(%s)", "the value");
                case DATE -> new Setter("java.time.LocalDate", "asText(%s)", "the value");
                case UUID -> new Setter("java.util.UUID", "asText(%s)", "the value");
                case STRING, OBJECT, ARRAY -> null;
            };
            if (s != null) {
                out.put(s.paramType(), s);
            }
        }
        String textDoc = types.contains(ValueType.OBJECT) || types.contains(ValueType.ARRAY)
                ? "the JSON text, or a property placeholder such as {{name}}"
                : out.isEmpty() ? "the value, or a property placeholder such as {{name}}"
                        : "the value as text, or a property placeholder such as {{name}}";
        out.put("String", new Setter("String", "%s", textDoc));
        return List.copyOf(out.values());
    }
}

package io.camel3cx.codegen;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.camel3cx.catalog.Operation;
import io.camel3cx.catalog.OperationParameter;
import io.camel3cx.catalog.ReleaseVersion;

/**
 * Writes the per-operation reference: {@value #OUTPUT_DIR}/index.md (every resource) and one page per resource
 * with every operation of every bundled release: its URI form, HTTP method and path (per release where it changed),
 * an options table, the body and response, and the releases that have it.
 */
public final class ReferenceDocsGenerator {

    public static final String OUTPUT_DIR = "docs/reference";
    public static final String SCHEME = "threecx";

    private final CatalogUnion catalog;

    public ReferenceDocsGenerator(CatalogUnion catalog) {
        this.catalog = catalog;
    }

    public List<GeneratedFile> generate() {
        List<GeneratedFile> files = new ArrayList<>();
        files.add(new GeneratedFile(OUTPUT_DIR + "/index.md", index()));
        for (ResourceUnion r : catalog.resources()) {
            files.add(new GeneratedFile(OUTPUT_DIR + "/" + r.name() + ".md", page(r)));
        }
        return files;
    }

    String index() {
        List<String> releases = catalog.releases();
        StringBuilder s = new StringBuilder();
        s.append(GeneratedMarker.markdownHeader(ReferenceDocsGenerator.class));
        s.append("# 3CX XAPI operation reference\n\n");
        s.append("Every operation of every bundled XAPI release (").append(ReleaseRanges.describe(releases, releases))
                .append("): ").append(catalog.resources().size()).append(" resources, ")
                .append(catalog.operationCount()).append(" operations.\n\n")
                .append("Each operation is an endpoint URI `").append(SCHEME)
                .append(":<resource>/<operation>?<options>`; its options may also be set per message in\n")
                .append("`CamelThreeCx.<option>` headers. An endpoint works against one release (`apiVersion`, the"
                        + " newest by default),\nso check which releases have an operation, and how its options"
                        + " changed, before relying on it.\n\n");
        s.append("## Operations per release\n\n");
        s.append(Markdown.header(List.of("Release", "Resources", "Operations")));
        for (String release : releases) {
            int ops = 0;
            int resources = 0;
            for (ResourceUnion r : catalog.resources()) {
                long n = r.operations().stream().filter(o -> o.releases().contains(release)).count();
                ops += (int) n;
                resources += n > 0 ? 1 : 0;
            }
            s.append(Markdown.row(List.of(release, String.valueOf(resources), String.valueOf(ops))));
        }
        s.append("\n## Resources\n\n");
        s.append(Markdown.header(List.of("Resource", "Spec tag", "Operations", "Releases")));
        for (ResourceUnion r : catalog.resources()) {
            s.append(Markdown.row(List.of("[" + Markdown.code(r.name()) + "](" + r.name() + ".md)",
                    Markdown.cell(r.tag()), String.valueOf(r.operations().size()),
                    Markdown.cell(ReleaseRanges.describe(r.releases(), releases)))));
        }
        return s.toString();
    }

    String page(ResourceUnion resource) {
        List<String> releases = catalog.releases();
        StringBuilder s = new StringBuilder();
        s.append(GeneratedMarker.markdownHeader(ReferenceDocsGenerator.class));
        s.append("# ").append(resource.name()).append("\n\n");
        s.append("XAPI tag ").append(Markdown.code(resource.tag())).append(": ")
                .append(resource.operations().size()).append(" operations, releases ")
                .append(ReleaseRanges.describe(resource.releases(), releases))
                .append(". [All resources](index.md)\n\n");
        s.append(Markdown.header(List.of("Operation", "HTTP", "Releases")));
        for (OperationUnion op : resource.operations()) {
            List<String> forms = new ArrayList<>(op.httpForms().keySet());
            s.append(Markdown.row(List.of(
                    "[" + Markdown.code(op.name()) + "](#" + Markdown.anchor(op.name()) + ")",
                    String.join("<br>", forms.stream().map(Markdown::code).toList()),
                    Markdown.cell(ReleaseRanges.describe(op.releases(), releases)))));
        }
        for (OperationUnion op : resource.operations()) {
            s.append('\n').append(operation(op, releases));
        }
        return s.toString();
    }

    private String operation(OperationUnion op, List<String> releases) {
        StringBuilder s = new StringBuilder();
        s.append("## ").append(op.name()).append("\n\n");
        s.append(Markdown.cell(String.join(" / ", op.summaries()))).append(".\n\n");
        s.append("- URI: ").append(Markdown.code(uriForm(op))).append('\n');
        Map<String, List<String>> forms = op.httpForms();
        if (forms.size() == 1) {
            s.append("- HTTP: ").append(Markdown.code(forms.keySet().iterator().next())).append('\n');
        } else {
            s.append("- HTTP, changed between releases:\n");
            forms.forEach((form, rel) -> s.append("  - ").append(Markdown.code(form)).append(" in ")
                    .append(ReleaseRanges.describe(rel, releases)).append('\n'));
        }
        s.append("- Releases: ").append(ReleaseRanges.describe(op.releases(), releases)).append('\n');
        Map<String, List<String>> bodies = perRelease(op, def -> {
            String b = OptionText.body(def.body());
            return b == null ? "none" : b;
        });
        appendPerRelease(s, "Request body", bodies, releases);
        Map<String, List<String>> responses = perRelease(op, def -> "status "
                + (def.response() == null ? 204 : def.response().status()) + ", "
                + OptionText.response(def.response()));
        appendPerRelease(s, "Response", responses, releases);
        List<OptionUnion> options = op.options();
        if (options.isEmpty()) {
            s.append("\nNo options.\n");
            return s.toString();
        }
        s.append('\n');
        s.append(Markdown.header(List.of("Option", "Where", "Type", "Required", "Nullable", "Description")));
        for (OptionUnion option : options) {
            List<String> where = new ArrayList<>();
            for (OptionUnion.Occurrence o : option.occurrences()) {
                String w = OptionText.locationLabel(o.parameter().location()) + " "
                        + Markdown.code(o.parameter().specName());
                if (!where.contains(w)) {
                    where.add(w);
                }
            }
            String description = Markdown.cell(withPeriod(option.description() != null ? option.description()
                    : OptionText.fallbackDescription(option)));
            if (!option.releases().equals(op.releases())) {
                description += (description.isEmpty() ? "" : " ") + "Only in "
                        + ReleaseRanges.describe(option.releases(), releases) + ".";
            }
            s.append(Markdown.row(List.of(
                    Markdown.code(option.name()),
                    String.join("<br>", where),
                    Markdown.cell(OptionText.types(option, releases) + (option.collection() ? " list" : "")),
                    flag(op, option, true, releases),
                    flag(op, option, false, releases),
                    description)));
        }
        return s.toString();
    }

    private static String withPeriod(String text) {
        String t = text.strip();
        return t.endsWith(".") || t.endsWith("!") || t.endsWith("?") ? t : t + ".";
    }

    /** {@code threecx:users/getUser?id=<id>}: the URI with the options some release requires. */
    static String uriForm(OperationUnion op) {
        List<String> required = new ArrayList<>();
        for (OptionUnion o : op.options()) {
            if (o.occurrences().stream().anyMatch(x -> x.parameter().required())) {
                required.add(o.name() + "=<" + o.name() + ">");
            }
        }
        return SCHEME + ":" + op.resource() + "/" + op.name() + (required.isEmpty() ? "" : "?" + String.join("&", required));
    }

    /** yes / no / the releases where it holds, for the required (or nullable) flag. */
    private static String flag(OperationUnion op, OptionUnion option, boolean required, List<String> releases) {
        List<String> where = new ArrayList<>();
        for (Operation def : op.definitions()) {
            boolean holds = false;
            for (OptionUnion.Occurrence o : option.occurrences()) {
                if (o.definition() == def) {
                    OperationParameter p = o.parameter();
                    holds |= required ? p.required() : p.nullable();
                }
            }
            if (holds) {
                where.addAll(def.releases());
            }
        }
        if (where.isEmpty()) {
            return "no";
        }
        if (where.size() == op.releases().size()) {
            return "yes";
        }
        return "in " + ReleaseRanges.describe(where, releases);
    }

    private interface DefinitionText {
        String of(Operation def);
    }

    private static Map<String, List<String>> perRelease(OperationUnion op, DefinitionText text) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Operation def : op.definitions()) {
            out.computeIfAbsent(text.of(def), k -> new ArrayList<>()).addAll(def.releases());
        }
        return out;
    }

    private static void appendPerRelease(StringBuilder s, String label, Map<String, List<String>> variants,
            List<String> releases) {
        if (variants.size() == 1) {
            s.append("- ").append(label).append(": ").append(Markdown.cell(variants.keySet().iterator().next()))
                    .append('\n');
            return;
        }
        s.append("- ").append(label).append(", changed between releases:\n");
        variants.forEach((text, rel) -> s.append("  - ").append(Markdown.cell(text)).append(" in ")
                .append(ReleaseRanges.describe(rel.stream().sorted(ReleaseVersion.ORDER)
                        .toList(), releases)).append('\n'));
    }
}

package io.camel3cx.catalog.generator;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.camel3cx.catalog.CatalogData;
import io.camel3cx.catalog.CatalogJson;
import io.camel3cx.catalog.OpenApiCatalogReader;
import io.camel3cx.catalog.OpenApiCatalogReader.ReleaseDefinition;
import io.camel3cx.catalog.Operation;
import io.camel3cx.catalog.ReleaseVersion;
import io.camel3cx.catalog.SchemaShape;

/**
 * Writes the bundled catalog from the official descriptions ({@code xapi-<release>.yaml}) in a folder:
 * {@code mvn -pl camel-3cx-catalog -Pregenerate process-classes}. Output is deterministic, so the checked-in
 * file only changes when a description does.
 */
public final class CatalogGenerator {

    private static final Pattern SPEC_FILE = Pattern.compile("xapi-(\\d+(?:\\.\\d+)*)\\.ya?ml");

    private CatalogGenerator() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: CatalogGenerator <folder of xapi-*.yaml> <output json>");
            System.exit(2);
        }
        Path specs = Path.of(args[0]);
        Path out = Path.of(args[1]);
        String json = generate(specs);
        Files.createDirectories(out.getParent());
        Files.writeString(out, json, StandardCharsets.UTF_8);
        System.out.println("Wrote " + out + " (" + json.length() + " chars)");
    }

    /** The catalog JSON for every {@code xapi-<release>.yaml} in the folder. */
    public static String generate(Path specFolder) throws IOException {
        return CatalogJson.write(build(specFolder));
    }

    public static CatalogData build(Path specFolder) throws IOException {
        Map<String, Path> files = new TreeMap<>(ReleaseVersion.ORDER);
        try (Stream<Path> s = Files.list(specFolder)) {
            s.forEach(p -> {
                Matcher m = SPEC_FILE.matcher(p.getFileName().toString());
                if (m.matches()) {
                    files.put(m.group(1), p);
                }
            });
        }
        if (files.isEmpty()) {
            throw new IOException("No xapi-<release>.yaml in " + specFolder.toAbsolutePath());
        }
        List<ReleaseDefinition> defs = new ArrayList<>();
        for (Map.Entry<String, Path> f : files.entrySet()) {
            try (InputStream in = Files.newInputStream(f.getValue())) {
                defs.add(OpenApiCatalogReader.read(in, f.getKey()));
            }
        }
        return merge(defs);
    }

    /** Stores each distinct definition once, with every release that shares it. */
    public static CatalogData merge(List<ReleaseDefinition> defs) {
        // key: the definition without its releases -> releases
        Map<Operation, List<String>> ops = new LinkedHashMap<>();
        Map<String, Map<SchemaShape, List<String>>> schemas = new TreeMap<>();
        List<String> releases = new ArrayList<>();
        for (ReleaseDefinition d : defs) {
            releases.add(d.release());
            for (Operation op : d.operations()) {
                ops.computeIfAbsent(op.withReleases(List.of()), k -> new ArrayList<>()).add(d.release());
            }
            d.schemas().forEach((name, shape) -> schemas.computeIfAbsent(name, k -> new LinkedHashMap<>())
                    .computeIfAbsent(shape, k -> new ArrayList<>()).add(d.release()));
        }
        List<Operation> merged = new ArrayList<>();
        ops.forEach((op, rel) -> merged.add(op.withReleases(rel)));
        merged.sort((a, b) -> {
            int c = a.resource().compareTo(b.resource());
            c = c != 0 ? c : a.name().compareTo(b.name());
            return c != 0 ? c : ReleaseVersion.compare(a.releases().get(0), b.releases().get(0));
        });
        Map<String, List<CatalogData.SchemaVariant>> schemaOut = new TreeMap<>();
        schemas.forEach((name, variants) -> {
            List<CatalogData.SchemaVariant> list = new ArrayList<>();
            variants.forEach((shape, rel) -> list.add(new CatalogData.SchemaVariant(rel, shape)));
            schemaOut.put(name, list);
        });
        return new CatalogData(CatalogGenerator.class.getName() + " (do not edit by hand)", releases, merged, schemaOut);
    }
}

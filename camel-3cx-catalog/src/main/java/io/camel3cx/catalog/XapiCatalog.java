package io.camel3cx.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every release's operations and schemas, as the generator wrote them into the bundled
 * {@value #RESOURCE}. Read once per JVM and shared.
 */
public final class XapiCatalog {

    public static final String RESOURCE = "io/camel3cx/catalog/xapi-catalog.json";

    private static volatile XapiCatalog bundled;

    private final CatalogData data;
    private final Map<String, OperationCatalog> perRelease = new ConcurrentHashMap<>();
    private volatile SortedSet<String> optionNames;

    public XapiCatalog(CatalogData data) {
        this.data = data;
    }

    /** The catalog bundled with this jar. */
    public static XapiCatalog bundled() {
        XapiCatalog c = bundled;
        if (c == null) {
            synchronized (XapiCatalog.class) {
                c = bundled;
                if (c == null) {
                    try (InputStream in = XapiCatalog.class.getClassLoader().getResourceAsStream(RESOURCE)) {
                        if (in == null) {
                            throw new IllegalStateException("The bundled XAPI catalog " + RESOURCE + " is missing from the classpath");
                        }
                        c = new XapiCatalog(CatalogJson.read(in));
                    } catch (IOException e) {
                        throw new UncheckedIOException("Cannot read the bundled XAPI catalog " + RESOURCE, e);
                    }
                    bundled = c;
                }
            }
        }
        return c;
    }

    public CatalogData data() {
        return data;
    }

    /** The releases, oldest first. */
    public List<String> releases() {
        return data.releases();
    }

    public String newestRelease() {
        return data.releases().get(data.releases().size() - 1);
    }

    public boolean hasRelease(String release) {
        return data.releases().contains(release);
    }

    /** One release's catalog; an {@link UnknownNameException} lists the releases when it is not bundled. */
    public OperationCatalog release(String release) {
        if (!hasRelease(release)) {
            throw new UnknownNameException("Unknown XAPI release '" + release + "'; bundled releases are "
                    + String.join(", ", data.releases()), NameSuggester.closest(release, data.releases(), 3));
        }
        return perRelease.computeIfAbsent(release, this::build);
    }

    /** The releases that have {@code resource/operation} (case-insensitive), oldest first. */
    public List<String> releasesHaving(String resource, String operation) {
        List<String> out = new ArrayList<>();
        for (Operation op : data.operations()) {
            if (op.resource().equalsIgnoreCase(resource) && op.name().equalsIgnoreCase(operation)) {
                out.addAll(op.releases());
            }
        }
        out.sort(ReleaseVersion.ORDER);
        return out;
    }

    /**
     * The URI names of every option of every operation of every bundled release, as they are written
     * ({@code filter}, {@code mac}, {@code id}), sorted case-insensitively; computed once.
     */
    public SortedSet<String> optionNames() {
        SortedSet<String> names = optionNames;
        if (names == null) {
            TreeSet<String> all = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            data.operations().forEach(op -> op.options().forEach(o -> all.add(o.name())));
            optionNames = names = Collections.unmodifiableSortedSet(all);
        }
        return names;
    }

    private OperationCatalog build(String release) {
        List<Operation> ops = data.operations().stream().filter(o -> o.releases().contains(release)).toList();
        Map<String, SchemaShape> schemas = new LinkedHashMap<>();
        data.schemas().forEach((name, variants) -> variants.stream()
                .filter(v -> v.releases().contains(release))
                .findFirst()
                .ifPresent(v -> schemas.put(name, v.shape())));
        return new OperationCatalog(release, ops, schemas);
    }
}

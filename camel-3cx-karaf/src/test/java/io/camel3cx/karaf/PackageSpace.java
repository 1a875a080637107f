package io.camel3cx.karaf;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import aQute.bnd.header.Attrs;
import aQute.bnd.header.Parameters;
import aQute.bnd.osgi.Processor;
import aQute.bnd.version.Version;
import aQute.bnd.version.VersionRange;

/**
 * The packages a Karaf container offers once a feature is installed: the system bundle's (the Java SE platform),
 * camel-karaf's Camel bundles and the feature's own bundles, each with its version and provider. Answers whether an
 * Import-Package clause of a bundle would be wired, and if not, why.
 */
final class PackageSpace {

    record PackageExport(String packageName, Version version, String provider) {
    }

    private final Map<String, List<PackageExport>> exports = new TreeMap<>();
    private final Set<String> systemPackages = javaSePackages();

    void export(String packageName, Version version, String provider) {
        exports.computeIfAbsent(packageName, p -> new ArrayList<>()).add(new PackageExport(packageName, version, provider));
    }

    /** Adds the packages of a real bundle, as its Export-Package header declares them. */
    void exportManifestOf(ClasspathArtifact bundle) {
        String header = bundle.header("Export-Package").orElse("");
        for (Map.Entry<String, Attrs> clause : new Parameters(header).entrySet()) {
            export(Processor.removeDuplicateMarker(clause.getKey()), version(clause.getValue()), bundle.toString());
        }
    }

    /** Adds the packages of a jar matched by bnd export patterns such as {@code org.apache.hc.core5.*;version="5.3.6"}. */
    void exportMatching(ClasspathArtifact jar, String exportInstruction) {
        Parameters patterns = new Parameters(exportInstruction);
        for (String pkg : jar.packages()) {
            for (Map.Entry<String, Attrs> pattern : patterns.entrySet()) {
                if (matches(Processor.removeDuplicateMarker(pattern.getKey()), pkg)) {
                    export(pkg, version(pattern.getValue()), jar + " (wrapped)");
                    break;
                }
            }
        }
    }

    /** Adds every package of a jar at one version, as camel-karaf's re-packaged Camel bundles do. */
    void exportAll(ClasspathArtifact jar, Version version) {
        exportAll(jar, version, "camel-karaf");
    }

    /** Adds every package of a jar at one version, for a provider that is not a bundle of the feature. */
    void exportAll(ClasspathArtifact jar, Version version, String providedBy) {
        for (String pkg : jar.packages()) {
            export(pkg, version, jar + " (" + providedBy + ")");
        }
    }

    /**
     * Checks every Import-Package clause of a bundle. Optional imports are not checked: the framework leaves them
     * unwired when nothing offers them.
     *
     * @return one line per import that nothing in this space satisfies; empty when the bundle resolves
     */
    List<String> unresolvedImports(ClasspathArtifact bundle) {
        List<String> problems = new ArrayList<>();
        String header = bundle.header("Import-Package")
                .orElseThrow(() -> new AssertionError(bundle + " has no Import-Package header: it is no OSGi bundle"));
        for (Map.Entry<String, Attrs> clause : new Parameters(header).entrySet()) {
            String pkg = Processor.removeDuplicateMarker(clause.getKey());
            Attrs attrs = clause.getValue();
            if ("optional".equals(attrs.get("resolution:"))) {
                continue;
            }
            VersionRange range = new VersionRange(attrs.getOrDefault("version", "0.0.0"));
            if (pkg.startsWith("java.") || (systemPackages.contains(pkg) && range.includes(Version.emptyVersion))) {
                continue;
            }
            List<PackageExport> candidates = exports.getOrDefault(pkg, List.of());
            if (candidates.stream().noneMatch(e -> range.includes(e.version()))) {
                problems.add(pkg + " " + range + " <- " + (candidates.isEmpty() ? "nothing exports it"
                        : "only " + candidates.stream().map(e -> e.version() + " from " + e.provider()).toList()));
            }
        }
        return problems;
    }

    private static Version version(Attrs attrs) {
        String v = attrs.get("version");
        return v == null ? Version.emptyVersion : Version.parseVersion(v.replace("\"", ""));
    }

    private static boolean matches(String pattern, String pkg) {
        if (pattern.endsWith(".*")) {
            String base = pattern.substring(0, pattern.length() - 2);
            return pkg.equals(base) || pkg.startsWith(base + ".");
        }
        return pattern.equals(pkg);
    }

    /**
     * What Karaf's system bundle exports on Java 17: the unqualified exports of the java.* modules, the Java SE
     * platform. (The java.se aggregator is no root module of a class path application, so the java.* modules are
     * read from the system module finder.)
     */
    private static Set<String> javaSePackages() {
        Set<String> packages = new HashSet<>();
        for (ModuleReference module : ModuleFinder.ofSystem().findAll()) {
            ModuleDescriptor descriptor = module.descriptor();
            if (descriptor.name().startsWith("java.")) {
                descriptor.exports().stream().filter(e -> !e.isQualified()).forEach(e -> packages.add(e.source()));
            }
        }
        return packages;
    }
}

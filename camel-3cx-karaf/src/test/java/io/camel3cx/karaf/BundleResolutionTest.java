package io.camel3cx.karaf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import aQute.bnd.header.Attrs;
import aQute.bnd.header.Parameters;
import aQute.bnd.version.Version;
import aQute.bnd.version.VersionRange;

/**
 * The component and catalog bundles would resolve in a Karaf that installed the {@code camel-3cx} feature: every
 * mandatory Import-Package is met by the JVM, by camel-karaf's Camel bundles or by a bundle the feature installs,
 * in the version range the manifest asks for. (A live Karaf run needs camel-karaf's features, which Maven Central
 * does not serve for every Camel release; this check works on the manifests bnd wrote in this build.)
 */
class BundleResolutionTest {

    private static FeaturesRepository.Feature feature;
    private static FeatureInstallation installation;

    @BeforeAll
    static void load() throws Exception {
        feature = FeaturesRepository.load(FeaturesRepository.builtFile()).feature("camel-3cx");
        installation = FeatureInstallation.ofTestClasspath();
    }

    @Test
    void componentBundleResolves() {
        ClasspathArtifact component = installation.projectBundle("camel-3cx");
        List<String> unresolved = installation.install(feature).unresolvedImports(component);
        assertTrue(unresolved.isEmpty(), component + " would not resolve:\n" + String.join("\n", unresolved));
    }

    @Test
    void catalogBundleResolves() {
        ClasspathArtifact catalog = installation.projectBundle("camel-3cx-catalog");
        List<String> unresolved = installation.install(feature).unresolvedImports(catalog);
        assertTrue(unresolved.isEmpty(), catalog + " would not resolve:\n" + String.join("\n", unresolved));
    }

    /** The check above can fail: without the YAML bundles the catalog's OpenAPI reader has nothing to import. */
    @Test
    void aFeatureWithoutTheYamlBundlesLeavesTheCatalogUnresolved() {
        List<FeaturesRepository.BundleRef> withoutYaml = feature.bundles().stream()
                .filter(b -> !b.artifactId().equals("jackson-dataformat-yaml") && !b.artifactId().equals("snakeyaml"))
                .toList();
        FeaturesRepository.Feature lacking = new FeaturesRepository.Feature(feature.name(), feature.version(),
                feature.features(), withoutYaml);
        List<String> unresolved = installation.install(lacking)
                .unresolvedImports(installation.projectBundle("camel-3cx-catalog"));
        assertEquals(List.of("com.fasterxml.jackson.dataformat.yaml", "org.yaml.snakeyaml"),
                unresolved.stream().map(line -> line.substring(0, line.indexOf(' '))).sorted().toList(), unresolved.toString());
    }

    @Test
    void componentHeaders() {
        ClasspathArtifact component = installation.projectBundle("camel-3cx");
        assertEquals("io.camel3cx.component", component.bundleSymbolicName().orElseThrow());
        assertEquals("2", component.header("Bundle-ManifestVersion").orElseThrow());
        Version bundleVersion = Version.parseVersion(component.header("Bundle-Version").orElseThrow());
        Parameters exports = new Parameters(component.header("Export-Package").orElseThrow());
        for (String pkg : List.of("io.camel3cx.component", "io.camel3cx.component.health")) {
            Attrs attrs = exports.get(pkg);
            assertTrue(attrs != null, pkg + " is not exported: " + exports.keySet());
            assertEquals(bundleVersion.getWithoutQualifier(), Version.parseVersion(attrs.get("version")), pkg);
        }
        assertFalse(exports.keySet().stream().anyMatch(p -> p.startsWith("io.camel3cx.catalog")),
                "the catalog is its own bundle and must not be exported (or embedded) by the component");
    }

    /** Camel discovers components in OSGi through the same service file as on the class path. */
    @Test
    void componentBundleCarriesCamelsDiscoveryFiles() throws Exception {
        File file = installation.projectBundle("camel-3cx").file();
        for (String path : List.of("META-INF/services/org/apache/camel/component/threecx",
                "META-INF/services/org/apache/camel/configurer/threecx-component")) {
            boolean present;
            if (file.isDirectory()) {
                present = Files.exists(file.toPath().resolve(path));
            } else {
                try (JarFile jar = new JarFile(file)) {
                    present = jar.getEntry(path) != null;
                }
            }
            assertTrue(present, path + " missing in " + file);
        }
    }

    /**
     * Camel's internal APIs change between minor releases, so the bundle claims no Camel older than the one it was
     * built and tested with; up to the next major.
     */
    @Test
    void camelImportsStartAtTheBuildsCamelMinor() {
        Version camel = Version.parseVersion(System.getProperty("camel.version"));
        Parameters imports = new Parameters(installation.projectBundle("camel-3cx").header("Import-Package").orElseThrow());
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Attrs> clause : imports.entrySet()) {
            if (!clause.getKey().startsWith("org.apache.camel")) {
                continue;
            }
            VersionRange range = new VersionRange(clause.getValue().getOrDefault("version", "0"));
            if (!range.includes(camel) || !range.getLow().equals(new Version(camel.getMajor(), camel.getMinor(), 0))
                    || !range.getHigh().equals(new Version(camel.getMajor() + 1, 0, 0))) {
                wrong.add(clause.getKey() + " " + range);
            }
        }
        assertTrue(wrong.isEmpty(), "Camel imports not [" + camel.getMajor() + "." + camel.getMinor() + ","
                                    + (camel.getMajor() + 1) + "): " + wrong);
        assertFalse(imports.keySet().stream().noneMatch(p -> p.startsWith("org.apache.camel")), "no Camel imports at all");
    }
}

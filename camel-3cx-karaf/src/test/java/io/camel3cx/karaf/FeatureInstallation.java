package io.camel3cx.karaf;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import aQute.bnd.version.Version;

/**
 * Stands in for {@code feature:install}: maps the bundles a feature names to the jars of this build's class path and
 * collects the packages they (plus the referenced camel-karaf features and the JVM) would export in Karaf.
 */
final class FeatureInstallation {

    /** The project's own bundles, found by symbolic name when the reactor hands over target/classes, not a jar. */
    static final Map<String, String> PROJECT_BUNDLES = Map.of(
            "camel-3cx", "io.camel3cx.component",
            "camel-3cx-catalog", "io.camel3cx.catalog");

    private final List<ClasspathArtifact> classpath;
    private final Version camelVersion;

    FeatureInstallation(List<ClasspathArtifact> classpath, String camelVersion) {
        this.classpath = classpath;
        this.camelVersion = Version.parseVersion(camelVersion);
    }

    static FeatureInstallation ofTestClasspath() {
        String camel = System.getProperty("camel.version");
        if (camel == null) {
            throw new IllegalStateException("System property camel.version is not set (surefire sets it in the pom)");
        }
        return new FeatureInstallation(ClasspathArtifact.testClasspath(), camel);
    }

    /** The class path entry a bundle URL of the feature stands for, whatever its version. */
    Optional<ClasspathArtifact> find(String groupId, String artifactId) {
        String bsn = PROJECT_BUNDLES.get(artifactId);
        return classpath.stream()
                .filter(a -> a.is(groupId, artifactId)
                        || ("io.camel3cx".equals(groupId) && bsn != null && a.bundleSymbolicName().filter(bsn::equals).isPresent()))
                .findFirst();
    }

    ClasspathArtifact projectBundle(String artifactId) {
        return find("io.camel3cx", artifactId)
                .orElseThrow(() -> new AssertionError(artifactId + " is not on the test class path"));
    }

    PackageSpace install(FeaturesRepository.Feature feature) {
        PackageSpace space = new PackageSpace();
        for (FeaturesRepository.BundleRef ref : feature.bundles()) {
            ClasspathArtifact jar = find(ref.groupId(), ref.artifactId())
                    .orElseThrow(() -> new AssertionError("The feature installs " + ref.url()
                            + " but the build has no " + ref.groupId() + ":" + ref.artifactId()));
            if (ref.wrapped()) {
                space.exportMatching(jar, ref.wrapInstruction("Export-Package")
                        .orElseThrow(() -> new AssertionError(ref.url() + " wraps without an Export-Package instruction")));
            } else {
                if (jar.bundleSymbolicName().isEmpty()) {
                    throw new AssertionError(ref.url() + " is no OSGi bundle (no Bundle-SymbolicName): install it as wrap:");
                }
                space.exportManifestOf(jar);
            }
        }
        Set<String> camelArtifacts = feature.features().stream()
                .map(FeaturesRepository.FeatureRef::name)
                .filter(CamelKarafFeatures.CONTENT::containsKey)
                .flatMap(name -> CamelKarafFeatures.CONTENT.get(name).stream())
                .collect(Collectors.toSet());
        classpath.stream()
                .filter(a -> "org.apache.camel".equals(a.groupId()) && camelArtifacts.contains(a.artifactId()))
                .forEach(a -> space.exportAll(a, camelVersion));
        CamelKarafFeatures.KARAF_FRAMEWORK.forEach((group, artifacts) -> classpath.stream()
                .filter(a -> group.equals(a.groupId()) && artifacts.contains(a.artifactId()))
                .forEach(a -> space.exportAll(a, Version.parseVersion(a.version()), "Karaf framework")));
        return space;
    }
}

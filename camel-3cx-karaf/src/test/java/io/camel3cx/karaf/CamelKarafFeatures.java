package io.camel3cx.karaf;

import java.util.Map;
import java.util.Set;

/**
 * What camel-karaf's features install, as far as this component needs it. camel-karaf's features repository is not
 * served by Maven Central under every Camel version, so the tests model it: camel-karaf re-packages each listed
 * {@code org.apache.camel} jar as a bundle that exports all of its {@code org.apache.camel*} packages at the Camel
 * version (its bundles declare {@code org.apache.camel*;version=${camel-version}}).
 */
final class CamelKarafFeatures {

    /** Feature name to the {@code org.apache.camel} artifact ids it installs (camel-karaf 4.x). */
    static final Map<String, Set<String>> CONTENT = Map.of(
            "camel-core", Set.of("camel-api", "camel-management-api", "camel-util", "camel-util-json", "camel-support",
                    "camel-base", "camel-base-engine", "camel-management", "camel-core-model", "camel-core-reifier",
                    "camel-core-processor", "camel-core-engine", "camel-core-languages", "camel-core-catalog",
                    "camel-console", "camel-cloud", "camel-cluster", "camel-health", "camel-xml-io-util",
                    "camel-xml-jaxp", "camel-xml-jaxb", "camel-tooling-model", "camel-main", "camel-bean",
                    "camel-browse", "camel-controlbus", "camel-dataformat", "camel-dataset", "camel-direct",
                    "camel-file", "camel-language", "camel-log", "camel-mock", "camel-ref", "camel-rest", "camel-saga",
                    "camel-scheduler", "camel-seda", "camel-stub", "camel-timer", "camel-validator", "camel-xpath",
                    "camel-xslt", "camel-directvm", "camel-vm"),
            "camel-http", Set.of("camel-attachments", "camel-http-base", "camel-http-common", "camel-http"),
            "camel-jackson", Set.of("camel-jackson"));

    /**
     * What the Karaf framework itself provides besides the JVM: logging through pax-logging, whose API bundle
     * (Karaf 4.4) exports the SLF4J 2 API; modelled by the slf4j-api jar of this build.
     */
    static final Map<String, Set<String>> KARAF_FRAMEWORK = Map.of("org.slf4j", Set.of("slf4j-api"));

    private CamelKarafFeatures() {
    }
}

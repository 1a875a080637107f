package io.camel3cx.karaf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URL;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXParseException;

/** The features repository is valid Karaf XML and installs exactly what the component is built with. */
class FeaturesXmlTest {

    /** Shipped inside Karaf's features core bundle, the same schema Karaf validates repositories with. */
    private static final String XSD = "org/apache/karaf/features/karaf-features-1.6.0.xsd";

    private static FeaturesRepository repository;
    private static Schema schema;

    @BeforeAll
    static void load() throws Exception {
        repository = FeaturesRepository.load(FeaturesRepository.builtFile());
        URL xsd = FeaturesXmlTest.class.getClassLoader().getResource(XSD);
        assertTrue(xsd != null, XSD + " not on the test class path (org.apache.karaf.features.core)");
        schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(xsd);
    }

    @Test
    void isValidAgainstTheKarafFeaturesSchema() throws Exception {
        schema.newValidator().validate(new StreamSource(repository.file()));
    }

    @Test
    void theSchemaCheckRejectsAFeatureWithoutName() throws Exception {
        String broken = Files.readString(repository.file().toPath()).replace("<feature name=\"camel-3cx\"", "<feature");
        SAXParseException e = assertThrows(SAXParseException.class,
                () -> schema.newValidator().validate(new StreamSource(new StringReader(broken))));
        assertTrue(e.getMessage().contains("name"), e.getMessage());
    }

    @Test
    void everyPlaceholderWasFiltered() throws Exception {
        String text = Files.readString(repository.file().toPath());
        assertFalse(text.contains("${"), "unfiltered placeholder left in " + repository.file());
    }

    @Test
    void camelComesFromCamelKarafAtTheBuildsCamelVersion() {
        String camel = System.getProperty("camel.version");
        assertEquals(List.of("mvn:org.apache.camel.karaf/apache-camel/" + camel + "/xml/features"), repository.repositories());
        FeaturesRepository.Feature feature = repository.feature("camel-3cx");
        assertEquals(List.of(
                new FeaturesRepository.FeatureRef("camel-core", camel),
                new FeaturesRepository.FeatureRef("camel-http", camel),
                new FeaturesRepository.FeatureRef("camel-jackson", camel)), feature.features());
    }

    @Test
    void installsTheCatalogAndTheComponentAsRealBundles() {
        List<String> own = repository.feature("camel-3cx").bundles().stream()
                .filter(b -> !b.dependency())
                .map(FeaturesRepository.BundleRef::url)
                .toList();
        String version = repository.feature("camel-3cx").version();
        assertEquals(List.of("mvn:io.camel3cx/camel-3cx-catalog/" + version, "mvn:io.camel3cx/camel-3cx/" + version), own);
    }

    /** A Karaf that installs another version than the tests ran with would run untested code. */
    @Test
    void everyThirdPartyBundleIsTheVersionTheBuildUses() {
        FeatureInstallation installation = FeatureInstallation.ofTestClasspath();
        List<String> mismatches = new ArrayList<>();
        for (FeaturesRepository.BundleRef ref : repository.feature("camel-3cx").bundles()) {
            if (ref.groupId().equals("io.camel3cx")) {
                continue;
            }
            installation.find(ref.groupId(), ref.artifactId()).ifPresentOrElse(
                    jar -> {
                        if (!ref.version().equals(jar.version())) {
                            mismatches.add(ref.url() + " but the build uses " + jar);
                        }
                    },
                    () -> mismatches.add(ref.url() + " but the build has no such artifact"));
        }
        assertTrue(mismatches.isEmpty(), "features.xml disagrees with the dependency tree:\n" + String.join("\n", mismatches));
    }
}

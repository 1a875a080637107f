package io.camel3cx.karaf;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The built (filtered) features.xml of this module, read with the DOM: repositories, features, their content. */
final class FeaturesRepository {

    static final String NAMESPACE = "http://karaf.apache.org/xmlns/features/v1.6.0";

    /** A {@code <bundle>} entry: {@code mvn:g/a/v} or {@code wrap:mvn:g/a/v$instructions}. */
    record BundleRef(String url, boolean dependency) {

        boolean wrapped() {
            return url.startsWith("wrap:");
        }

        private String mvn() {
            String u = wrapped() ? url.substring("wrap:".length()) : url;
            int dollar = u.indexOf('$');
            u = dollar < 0 ? u : u.substring(0, dollar);
            if (!u.startsWith("mvn:")) {
                throw new IllegalStateException("Only mvn: bundle URLs are expected here, found " + url);
            }
            return u.substring("mvn:".length());
        }

        String groupId() {
            return mvn().split("/")[0];
        }

        String artifactId() {
            return mvn().split("/")[1];
        }

        String version() {
            return mvn().split("/")[2];
        }

        /** The bnd instructions after {@code $}, split at {@code &}; empty for a plain bundle. */
        Optional<String> wrapInstruction(String name) {
            int dollar = url.indexOf('$');
            if (!wrapped() || dollar < 0) {
                return Optional.empty();
            }
            for (String instruction : url.substring(dollar + 1).split("&")) {
                int eq = instruction.indexOf('=');
                if (eq > 0 && instruction.substring(0, eq).equals(name)) {
                    return Optional.of(instruction.substring(eq + 1));
                }
            }
            return Optional.empty();
        }
    }

    /** A {@code <feature>} dependency inside a feature. */
    record FeatureRef(String name, String version) {
    }

    record Feature(String name, String version, List<FeatureRef> features, List<BundleRef> bundles) {
    }

    private final File file;
    private final Document document;

    private FeaturesRepository(File file, Document document) {
        this.file = file;
        this.document = document;
    }

    static File builtFile() {
        String path = System.getProperty("karaf.features.file");
        if (path == null) {
            throw new IllegalStateException("System property karaf.features.file is not set (surefire sets it in the pom)");
        }
        return new File(path);
    }

    static FeaturesRepository load(File file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return new FeaturesRepository(file, factory.newDocumentBuilder().parse(file));
    }

    File file() {
        return file;
    }

    String name() {
        return document.getDocumentElement().getAttribute("name");
    }

    List<String> repositories() {
        List<String> repositories = new ArrayList<>();
        NodeList nodes = document.getDocumentElement().getElementsByTagNameNS(NAMESPACE, "repository");
        for (int i = 0; i < nodes.getLength(); i++) {
            repositories.add(nodes.item(i).getTextContent().trim());
        }
        return repositories;
    }

    List<Feature> features() {
        List<Feature> features = new ArrayList<>();
        for (Element feature : children(document.getDocumentElement(), "feature")) {
            List<FeatureRef> refs = children(feature, "feature").stream()
                    .map(e -> new FeatureRef(e.getTextContent().trim(), e.getAttribute("version")))
                    .toList();
            List<BundleRef> bundles = children(feature, "bundle").stream()
                    .map(e -> new BundleRef(e.getTextContent().trim(), Boolean.parseBoolean(e.getAttribute("dependency"))))
                    .toList();
            features.add(new Feature(feature.getAttribute("name"), feature.getAttribute("version"), refs, bundles));
        }
        return features;
    }

    Feature feature(String name) {
        return features().stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("No feature " + name + " in " + file + "; it has "
                        + features().stream().map(Feature::name).toList()));
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> children = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && NAMESPACE.equals(e.getNamespaceURI())
                    && localName.equals(e.getLocalName())) {
                children.add(e);
            }
        }
        return children;
    }
}

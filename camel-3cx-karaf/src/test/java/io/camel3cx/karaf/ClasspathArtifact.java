package io.camel3cx.karaf;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import aQute.bnd.osgi.Jar;

/**
 * One entry of the test class path (a jar, or a reactor module's {@code target/classes}), with the Maven coordinates
 * its {@code pom.properties} names and the OSGi manifest it carries, if any.
 */
record ClasspathArtifact(File file, String groupId, String artifactId, String version, Manifest manifest) {

    static List<ClasspathArtifact> testClasspath() {
        List<ClasspathArtifact> artifacts = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            File file = new File(entry);
            if (file.exists()) {
                artifacts.add(read(file));
            }
        }
        return artifacts;
    }

    static ClasspathArtifact read(File file) {
        try {
            Properties pom = new Properties();
            Manifest manifest = null;
            if (file.isDirectory()) {
                Path mf = file.toPath().resolve("META-INF/MANIFEST.MF");
                if (Files.exists(mf)) {
                    try (InputStream in = Files.newInputStream(mf)) {
                        manifest = new Manifest(in);
                    }
                }
            } else {
                try (JarFile jar = new JarFile(file)) {
                    manifest = jar.getManifest();
                    jar.stream()
                            .filter(e -> e.getName().startsWith("META-INF/maven/") && e.getName().endsWith("/pom.properties"))
                            .findFirst()
                            .ifPresent(e -> {
                                try (InputStream in = jar.getInputStream(e)) {
                                    pom.load(in);
                                } catch (IOException ex) {
                                    throw new IllegalStateException("Cannot read " + e.getName() + " of " + file, ex);
                                }
                            });
                }
            }
            return new ClasspathArtifact(file, pom.getProperty("groupId"), pom.getProperty("artifactId"),
                    pom.getProperty("version"), manifest);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read class path entry " + file, e);
        }
    }

    Optional<String> header(String name) {
        return manifest == null ? Optional.empty() : Optional.ofNullable(manifest.getMainAttributes().getValue(name));
    }

    Optional<String> bundleSymbolicName() {
        return header("Bundle-SymbolicName").map(bsn -> bsn.split(";")[0].trim());
    }

    boolean is(String group, String artifact) {
        return group.equals(groupId) && artifact.equals(artifactId);
    }

    /** The Java packages that hold at least one class, as bnd sees them. */
    List<String> packages() {
        try (Jar jar = new Jar(file)) {
            return jar.getDirectories().entrySet().stream()
                    .filter(e -> e.getValue() != null
                            && e.getValue().keySet().stream().anyMatch(n -> n.endsWith(".class")))
                    .map(e -> e.getKey().replace('/', '.'))
                    .filter(p -> !p.startsWith("META-INF"))
                    .toList();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot list packages of " + file, e);
        }
    }

    @Override
    public String toString() {
        return groupId != null ? groupId + ":" + artifactId + ":" + version : file.toString();
    }
}

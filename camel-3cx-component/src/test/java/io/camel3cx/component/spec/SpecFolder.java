package io.camel3cx.component.spec;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;

/** Where tests find the official XAPI descriptions: system property {@code threecx.spec.dir}, set by surefire. */
public final class SpecFolder {

    private SpecFolder() {
    }

    /** The folder, or null when it is absent. */
    public static Path find() {
        String configured = System.getProperty("threecx.spec.dir");
        Path dir = configured != null ? Path.of(configured) : Path.of("../../shared/3cx-xapi");
        return Files.isDirectory(dir) && Files.exists(dir.resolve("xapi-20.0.10.yaml")) ? dir : null;
    }

    /** The folder, or a skipped test that says why. */
    public static Path folderOrSkip() {
        Path dir = find();
        Assumptions.assumeTrue(dir != null, "Skipped: the official XAPI descriptions are not at "
                + System.getProperty("threecx.spec.dir", "../../shared/3cx-xapi")
                + " (clone the project beside ../shared/3cx-xapi, or set -Dthreecx.spec.dir)");
        return dir;
    }

    public static Path specFile(Path dir, String release) {
        return dir.resolve("xapi-" + release + ".yaml");
    }
}

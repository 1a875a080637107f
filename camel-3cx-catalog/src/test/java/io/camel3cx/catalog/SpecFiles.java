package io.camel3cx.catalog;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;

/** Where tests find the official descriptions: {@code ../shared/3cx-xapi} beside the checkout. */
public final class SpecFiles {

    private SpecFiles() {
    }

    /** The folder, or a skipped test that says why. */
    public static Path folderOrSkip() {
        String configured = System.getProperty("threecx.spec.dir");
        Path dir = configured != null ? Path.of(configured) : Path.of("../../shared/3cx-xapi");
        Assumptions.assumeTrue(Files.isDirectory(dir) && Files.exists(dir.resolve("xapi-20.0.10.yaml")),
                "Skipped: the official XAPI descriptions are not at " + dir.toAbsolutePath().normalize()
                        + " (clone the project beside ../shared/3cx-xapi, or set -Dthreecx.spec.dir)");
        return dir;
    }
}

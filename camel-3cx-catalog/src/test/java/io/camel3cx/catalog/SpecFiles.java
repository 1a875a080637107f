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
        if (!Files.isDirectory(dir) || !Files.exists(dir.resolve("xapi-20.0.10.yaml"))) {
            String why = "Skipped: the official XAPI descriptions are not in " + dir.toAbsolutePath().normalize()
                    + "; put the xapi-20.0.*.yaml files in shared/3cx-xapi beside this checkout, or point"
                    + " -Dthreecx.spec.dir at their folder";
            // Surefire keeps an assumption's message in its XML reports only: say it where the build is read.
            System.out.println(why);
            Assumptions.abort(why);
        }
        return dir;
    }
}

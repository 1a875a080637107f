package io.camel3cx.simulator;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;

/** Where tests find the official descriptions: system property {@code threecx.spec.dir}, set by surefire. */
public final class SpecFiles {

    private SpecFiles() {
    }

    /** The description of one release, or a skipped test that says why. */
    public static Path specOrSkip(String release) {
        String configured = System.getProperty("threecx.spec.dir");
        Path dir = configured != null ? Path.of(configured) : Path.of("../../shared/3cx-xapi");
        Path spec = dir.resolve("xapi-" + release + ".yaml");
        if (!Files.isRegularFile(spec)) {
            String why = "Skipped: the official XAPI description " + spec.toAbsolutePath().normalize()
                    + " is absent; put the xapi-20.0.*.yaml files in shared/3cx-xapi beside this checkout, or point"
                    + " -Dthreecx.spec.dir at their folder";
            // Surefire keeps an assumption's message in its XML reports only: say it where the build is read.
            System.out.println(why);
            Assumptions.abort(why);
        }
        return spec;
    }
}

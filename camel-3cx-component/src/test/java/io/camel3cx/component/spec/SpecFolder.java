package io.camel3cx.component.spec;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;

/** Where tests find the official XAPI descriptions: system property {@code threecx.spec.dir}, set by surefire. */
public final class SpecFolder {

    private static volatile boolean told;

    private SpecFolder() {
    }

    /** The folder, or null when it is absent. */
    public static Path find() {
        String configured = System.getProperty("threecx.spec.dir");
        Path dir = configured != null ? Path.of(configured) : Path.of("../../shared/3cx-xapi");
        return Files.isDirectory(dir) && Files.exists(dir.resolve("xapi-20.0.10.yaml")) ? dir : null;
    }

    /** The folder, or a skipped test that says why (printed once, since surefire shows it only in its reports). */
    public static Path folderOrSkip() {
        Path dir = find();
        if (dir == null) {
            String why = "Skipped: the official XAPI descriptions are not in "
                    + Path.of(System.getProperty("threecx.spec.dir", "../../shared/3cx-xapi")).toAbsolutePath().normalize()
                    + "; put the xapi-20.0.*.yaml files in shared/3cx-xapi beside this checkout, or point"
                    + " -Dthreecx.spec.dir at their folder";
            if (!told) {
                told = true;
                System.out.println(why);
            }
            Assumptions.abort(why);
        }
        return dir;
    }

    public static Path specFile(Path dir, String release) {
        return dir.resolve("xapi-" + release + ".yaml");
    }
}

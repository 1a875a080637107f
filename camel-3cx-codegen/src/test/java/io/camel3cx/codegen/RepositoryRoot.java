package io.camel3cx.codegen;

import java.nio.file.Files;
import java.nio.file.Path;

/** The checkout the generated files are checked into: {@code codegen.root} (set by surefire), else the parent. */
final class RepositoryRoot {

    private RepositoryRoot() {
    }

    static Path path() {
        Path root = Path.of(System.getProperty("codegen.root", "..")).toAbsolutePath().normalize();
        if (!Files.isDirectory(root.resolve("camel-3cx-component"))) {
            throw new IllegalStateException(root + " is not the repository root; set -Dcodegen.root");
        }
        return root;
    }
}

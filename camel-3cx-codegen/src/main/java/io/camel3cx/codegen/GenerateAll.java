package io.camel3cx.codegen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.camel3cx.catalog.XapiCatalog;

/**
 * Regenerates the tooling metadata, the endpoint builder and the reference docs from the bundled catalog:
 * {@code mvn -pl camel-3cx-codegen -Pregenerate process-classes}. The only argument is the repository root; every
 * output path is relative to it. Output is deterministic, so unchanged inputs rewrite nothing.
 */
public final class GenerateAll {

    private GenerateAll() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: GenerateAll <repository root>");
            System.exit(2);
        }
        Path root = Path.of(args[0]).toAbsolutePath().normalize();
        if (!Files.isDirectory(root.resolve("camel-3cx-component"))) {
            throw new IllegalArgumentException(root + " is not the repository root (it has no camel-3cx-component)");
        }
        GeneratedOutputs outputs = GeneratedOutputs.of(XapiCatalog.bundled().data(),
                ComponentJson.fromClasspath(GenerateAll.class.getClassLoader()).endpointOptions());
        OutputTree tree = new OutputTree(root);
        for (GeneratedOutputs.Output o : outputs.all()) {
            int changed = tree.write(o);
            System.out.println(o.name() + ": " + o.files().size() + " files in " + o.directory() + ", " + changed
                    + " written or deleted");
        }
    }
}

package io.camel3cx.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The examples' input and output files: a file the user names, else the one bundled with the examples. */
public final class ExampleFiles {

    private ExampleFiles() {
    }

    /** The text of {@code file}, or of classpath resource {@code bundled} when {@code file} is null. */
    public static String read(Path file, String bundled) {
        try {
            if (file != null) {
                return Files.readString(file, StandardCharsets.UTF_8);
            }
            try (InputStream in = ExampleFiles.class.getClassLoader().getResourceAsStream(bundled)) {
                if (in == null) {
                    throw new IllegalStateException("The bundled example file " + bundled + " is missing from the classpath");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + (file != null ? file : bundled) + ": " + e.getMessage(), e);
        }
    }

    /** Writes {@code text} to {@code dir/name}, creating the folder; returns the file. */
    public static Path write(Path dir, String name, String text) {
        try {
            Files.createDirectories(dir);
            return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + dir.resolve(name) + ": " + e.getMessage(), e);
        }
    }

    /** Removes {@code dir/name} if it is there: a report of an earlier run that this run does not write again. */
    public static void delete(Path dir, String name) {
        try {
            Files.deleteIfExists(dir.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove " + dir.resolve(name) + ": " + e.getMessage(), e);
        }
    }
}

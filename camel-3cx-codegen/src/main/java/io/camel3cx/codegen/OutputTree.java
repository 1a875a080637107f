package io.camel3cx.codegen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The checked-in copy of a generator's output below the repository root: compares it with what the generator writes
 * now, and replaces it. Each output owns its folder, so a file there that the generator no longer writes (a resource
 * that left the catalog) is a difference too, and writing deletes it.
 */
public final class OutputTree {

    private final Path root;

    public OutputTree(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** Human-readable differences between the checked-in files and {@code output}, empty when current. */
    public List<String> differences(GeneratedOutputs.Output output) throws IOException {
        List<String> out = new ArrayList<>();
        Set<String> expected = new TreeSet<>();
        for (GeneratedFile f : output.files()) {
            expected.add(f.path());
            Path p = root.resolve(f.path());
            String onDisk;
            try {
                onDisk = Files.readString(p, StandardCharsets.UTF_8);
            } catch (NoSuchFileException e) {
                out.add("missing: " + f.path());
                continue;
            }
            if (!onDisk.equals(f.content())) {
                out.add("changed: " + f.path() + firstDifference(onDisk, f.content()));
            }
        }
        for (String existing : existing(output.directory())) {
            if (!expected.contains(existing)) {
                out.add("no longer generated: " + existing);
            }
        }
        return out;
    }

    /** Writes the output's files (only those whose text changed) and deletes the folder's files it no longer has. */
    public int write(GeneratedOutputs.Output output) throws IOException {
        int changed = 0;
        Set<String> expected = new TreeSet<>();
        for (GeneratedFile f : output.files()) {
            expected.add(f.path());
            Path p = root.resolve(f.path());
            if (Files.exists(p) && Files.readString(p, StandardCharsets.UTF_8).equals(f.content())) {
                continue;
            }
            Files.createDirectories(p.getParent());
            Files.writeString(p, f.content(), StandardCharsets.UTF_8);
            changed++;
        }
        for (String existing : existing(output.directory())) {
            if (!expected.contains(existing)) {
                Files.delete(root.resolve(existing));
                changed++;
            }
        }
        return changed;
    }

    private List<String> existing(String directory) throws IOException {
        Path dir = root.resolve(directory);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile)
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
    }

    private static String firstDifference(String onDisk, String generated) {
        String[] a = onDisk.split("\n", -1);
        String[] b = generated.split("\n", -1);
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            String x = i < a.length ? a[i] : "<end of file>";
            String y = i < b.length ? b[i] : "<end of file>";
            if (!x.equals(y)) {
                return " (line " + (i + 1) + ": checked in '" + abbreviate(x) + "', generated '" + abbreviate(y) + "')";
            }
        }
        return "";
    }

    private static String abbreviate(String s) {
        return s.length() <= 100 ? s : s.substring(0, 100) + "...";
    }
}

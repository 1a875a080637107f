package io.camel3cx.codegen;

/**
 * One generated file.
 *
 * @param path    where it goes, relative to the repository root, with {@code /} separators
 * @param content its full text, {@code \n} line ends, ending in a newline
 */
public record GeneratedFile(String path, String content) {

    public GeneratedFile {
        if (path.startsWith("/") || path.contains("\\") || path.contains("..")) {
            throw new IllegalArgumentException("Generated paths are relative to the repository root: " + path);
        }
        if (!content.endsWith("\n")) {
            content = content + "\n";
        }
    }
}

package org.jyston.traceback.impl;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Source lines for tracebacks, read the way {@code linecache} reads them: pseudo-files such as
 * {@code <string>} have none; a file is read once per report, with universal newlines.
 */
final class SourceLines {
    private final Map<String, List<String>> files = new HashMap<>();

    /** The line (1-based) without its newline, or null when it cannot be had. */
    String line(String filename, int lineno) {
        if (filename == null || lineno < 1 || (filename.startsWith("<") && filename.endsWith(">"))) {
            return null;
        }
        List<String> lines = files.computeIfAbsent(filename, SourceLines::read);
        return lineno <= lines.size() ? lines.get(lineno - 1) : null;
    }

    private static List<String> read(String filename) {
        try {
            String text = Files.readString(Path.of(filename), StandardCharsets.UTF_8);
            return List.of(text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));
        } catch (IOException | InvalidPathException | SecurityException e) {
            return List.of();
        }
    }
}

package org.jyston.runtime.impl;

import org.jyston.api.Code;
import org.jyston.api.CompileWarning;
import org.jyston.api.object.PyDict;
import org.jyston.api.object.PyModule;

/**
 * Shows the warnings a compilation found, as CPython's default {@code warnings.showwarning} does:
 * {@code file:line: Category: message}, then the source line stripped and indented by two spaces
 * when the file can be read. Compile-time warnings carry no registry, so each is shown every time.
 */
final class CompileWarnings {
    private CompileWarnings() {}

    /** Answers {@code code} after writing its warnings to {@code sys.stderr} (found in {@code modules}). */
    static Code shown(Code code, PyDict modules) {
        if (code.warnings().isEmpty()) {
            return code;
        }
        Object sys = modules.get("sys");
        if (!(sys instanceof PyModule m)) {
            return code;
        }
        for (CompileWarning w : code.warnings()) {
            StringBuilder text = new StringBuilder();
            text.append(w.filename()).append(':').append(w.lineno()).append(": ").append(w.category()).append(": ")
                    .append(w.message()).append('\n');
            String line = line(w.filename(), w.lineno());
            if (line != null && !line.isBlank()) {
                text.append("  ").append(line.strip()).append('\n');
            }
            SysModule.writeStderr(m.getDict(), text.toString());
        }
        return code;
    }

    /** Line {@code lineno} of a real file (as {@code linecache} finds it), or null. */
    private static String line(String filename, int lineno) {
        if (filename.startsWith("<") || lineno < 1) {
            return null;
        }
        try {
            java.util.List<String> lines = java.nio.file.Files.readAllLines(java.nio.file.Path.of(filename),
                    java.nio.charset.StandardCharsets.UTF_8);
            return lineno <= lines.size() ? lines.get(lineno - 1) : null;
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        }
    }
}

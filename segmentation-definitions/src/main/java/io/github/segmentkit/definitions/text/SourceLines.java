package io.github.segmentkit.definitions.text;

import io.github.segmentkit.api.SourcePosition;

/** The lines of a document, to quote the offending line with a caret under the column in error messages. */
final class SourceLines {
    private final String[] lines;

    SourceLines(String source) {
        this.lines = source.split("\n", -1);
    }

    /** {@code "\n  <line>\n  <spaces>^"} for the position, or empty when the line is unknown. */
    String excerpt(SourcePosition at) {
        if (at.line() > lines.length) {
            return "";
        }
        String line = lines[at.line() - 1].replace("\r", "").replace('\t', ' ');
        int[] codePoints = line.codePoints().toArray();
        int caret = Math.min(at.column() - 1, codePoints.length);
        // long lines are cut around the column so the message stays readable
        int from = Math.max(0, caret - 60);
        int to = Math.min(codePoints.length, from + 120);
        String shown = new String(codePoints, from, to - from);
        return "\n  " + (from > 0 ? "…" : "") + shown + "\n  " + (from > 0 ? " " : "") + " ".repeat(caret - from) + "^";
    }
}

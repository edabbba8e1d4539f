package io.github.segmentkit.api;

/**
 * A place in a definitions document: 1-based line and column.
 *
 * <pre>{@code
 * SourcePosition at = new SourcePosition(3, 7);   // prints "line 3, column 7"
 * }</pre>
 *
 * @param line   the 1-based line
 * @param column the 1-based column, counted in Unicode code points
 */
public record SourcePosition(int line, int column) {
    public SourcePosition {
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column are 1-based, got line " + line + ", column " + column);
        }
    }

    @Override
    public String toString() {
        return "line " + line + ", column " + column;
    }
}

package io.github.segmentkit.io.csv;

import io.github.segmentkit.api.internal.Suggestions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The column names of a delimited file's first record, each stripped of surrounding white space (and the first of
 * a byte-order mark), with lookup by name.
 *
 * <pre>{@code
 * CsvHeader header = records.header();
 * int age = header.require("age");          // or InvalidCsvException naming the file and suggesting a name
 * header.indexOf("email");                  // OptionalInt.empty() when absent
 * }</pre>
 *
 * <p>Immutable.
 */
public final class CsvHeader {
    private final String source;
    private final long line;
    private final List<String> names;
    private final Map<String, Integer> indexes = new HashMap<>();
    private final Map<String, Integer> duplicates = new HashMap<>();

    CsvHeader(String source, long line, List<String> fields) {
        this.source = source;
        this.line = line;
        List<String> stripped = new ArrayList<>(fields.size());
        for (int i = 0; i < fields.size(); i++) {
            String name = fields.get(i);
            if (i == 0 && name.startsWith("\uFEFF")) {
                name = name.substring(1);   // a byte-order mark read as a character
            }
            name = name.strip();
            stripped.add(name);
            if (indexes.putIfAbsent(name, i) != null) {
                duplicates.putIfAbsent(name, i);
            }
        }
        this.names = List.copyOf(stripped);
    }

    /** The column names, in file order. */
    public List<String> names() {
        return names;
    }

    /** The number of columns. */
    public int size() {
        return names.size();
    }

    /** The 1-based line the header is on. */
    public long line() {
        return line;
    }

    /** The 0-based position of {@code column} (its first, if it appears twice), if present. */
    public OptionalInt indexOf(String column) {
        Integer index = indexes.get(column);
        return index == null ? OptionalInt.empty() : OptionalInt.of(index);
    }

    /**
     * The 0-based position of {@code column}.
     *
     * @throws InvalidCsvException naming the source, the column and the header (with a did-you-mean) when it is
     *                             absent, or naming both positions when it appears twice
     */
    public int require(String column) {
        requireAll(List.of(column));
        return indexes.get(column);
    }

    /**
     * Checks that every one of {@code columns} is present exactly once, reporting all the missing ones at once.
     *
     * @throws InvalidCsvException naming the source, the columns and the header otherwise
     */
    public void requireAll(Collection<String> columns) {
        List<String> problems = new ArrayList<>();
        for (String column : columns) {
            if (!indexes.containsKey(column)) {
                String hint = Suggestions.closest(column, names).map(s -> " (did you mean '" + s + "'?)").orElse("");
                problems.add("column '" + column + "' is not in the header" + hint);
            } else if (duplicates.containsKey(column)) {
                problems.add("column '" + column + "' appears twice in the header (fields " + (indexes.get(column) + 1)
                        + " and " + (duplicates.get(column) + 1) + ")");
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidCsvException(source, line, String.join("; ", problems) + "; the header has " + names,
                    null);
        }
    }

    @Override
    public String toString() {
        return names.toString();
    }
}

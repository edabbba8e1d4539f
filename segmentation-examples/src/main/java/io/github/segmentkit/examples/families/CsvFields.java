package io.github.segmentkit.examples.families;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one comma-separated line with RFC 4180 quoting (a quoted field may hold commas and doubled quotes). Quoted
 * fields spanning lines do not occur in the bundled files, and an unterminated quote is reported.
 *
 * <pre>{@code
 * CsvFields.split("1,\"Hello, world\",\"say \"\"hi\"\"\"");   // [1, Hello, world, say "hi"]
 * }</pre>
 */
public final class CsvFields {
    private CsvFields() {
    }

    /**
     * The fields of {@code line}.
     *
     * @throws IllegalArgumentException when a quoted field is not closed
     */
    public static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("unterminated quoted field in: " + line);
        }
        fields.add(field.toString());
        return fields;
    }
}

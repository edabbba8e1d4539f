package io.github.segmentkit.classifiers.behavioral.rfm.transactions;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits RFC 4180 CSV into records: comma separated, fields optionally in double quotes, {@code ""} for a quote
 * inside one, line breaks allowed inside quotes. A record longer than {@link #MAX_RECORD_CHARS} is rejected.
 *
 * <p>Not thread-safe.
 */
final class CsvRecordReader {
    static final int MAX_RECORD_CHARS = 1 << 20;

    private final BufferedReader reader;
    private final String source;
    private long line;
    private long recordLine;

    /** Records of {@code reader}; {@code source} names it in errors, or is {@code null}. */
    CsvRecordReader(BufferedReader reader, String source) {
        this.reader = reader;
        this.source = source;
    }

    /** The line the last record returned started on (1-based). */
    long recordLine() {
        return recordLine;
    }

    /** The next record's fields, or {@code null} at the end of the input. */
    List<String> next() throws IOException {
        String text = reader.readLine();
        if (text == null) {
            return null;
        }
        line++;
        recordLine = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int i = 0;
        while (true) {
            if (i == text.length()) {
                if (!quoted) {
                    fields.add(field.toString());
                    return fields;
                }
                String more = reader.readLine();
                if (more == null) {
                    throw new InvalidTransactionException(source, recordLine, null, "a quoted field is not closed");
                }
                line++;
                field.append('\n');
                text = more;
                i = 0;
                continue;
            }
            char c = text.charAt(i++);
            if (field.length() > MAX_RECORD_CHARS) {
                throw new InvalidTransactionException(source, recordLine, null, "a field is longer than "
                        + MAX_RECORD_CHARS + " characters");
            }
            if (quoted) {
                if (c != '"') {
                    field.append(c);
                } else if (i < text.length() && text.charAt(i) == '"') {
                    field.append('"');
                    i++;
                } else {
                    quoted = false;
                }
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
            } else {
                field.append(c);
            }
        }
    }
}

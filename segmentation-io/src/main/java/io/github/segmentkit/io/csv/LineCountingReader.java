package io.github.segmentkit.io.csv;

import io.github.segmentkit.io.LoadLimitExceededException;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;

/**
 * Passes characters through to the CSV parser, noting where each line break ends, so that the 1-based line of any
 * character position the parser reports (a record's start) is exact, whatever line breaks (LF, CRLF, CR) and
 * blank lines come before it. It also bounds what one record may pull into memory: a quote never closed would
 * otherwise make the parser buffer the rest of the file as one field.
 */
final class LineCountingReader extends Reader {
    private final Reader in;
    private final String source;
    /** Start and end (the position just after) of line breaks not yet counted into {@link #linesBefore}. */
    private final ArrayDeque<long[]> breaks = new ArrayDeque<>();
    private long delivered;
    private long linesBefore;
    private boolean pendingCarriageReturn;
    private long recordStart;
    private long recordLine = 1;
    private long maxRecordSpan;

    LineCountingReader(Reader in, String source, long maxRecordSpan) {
        this.in = in;
        this.source = source;
        this.maxRecordSpan = maxRecordSpan;
    }

    /** The most characters read past the start of the current record before the read is refused. */
    void maxRecordSpan(long characters) {
        this.maxRecordSpan = characters;
    }

    /**
     * The 1-based line of the record the parser says starts at {@code position}: the parser counts the blank lines
     * it skipped before a record as part of it, so they are skipped here too. Positions asked for never decrease.
     * Also marks the start of the record, from which {@link #maxRecordSpan} is measured.
     */
    long recordStartsAt(long position) {
        while (!breaks.isEmpty() && breaks.peekFirst()[1] <= position) {
            breaks.removeFirst();
            linesBefore++;
        }
        while (!breaks.isEmpty() && breaks.peekFirst()[0] == position) {
            position = breaks.removeFirst()[1];   // a blank line
            linesBefore++;
        }
        recordStart = position;
        recordLine = linesBefore + 1;
        return recordLine;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (delivered - recordStart > maxRecordSpan) {
            throw new LoadLimitExceededException(source, recordLine, "a record from this line on runs past "
                    + maxRecordSpan + " characters without ending (a quote never closed?); see "
                    + "LoadLimits.maxFieldLength");
        }
        int count = in.read(buffer, offset, length);
        if (count < 0) {
            if (pendingCarriageReturn) {
                breaks.addLast(new long[] {delivered - 1, delivered});
                pendingCarriageReturn = false;
            }
            return count;
        }
        for (int i = offset; i < offset + count; i++) {
            long position = delivered + (i - offset);
            char c = buffer[i];
            boolean afterCarriageReturn = pendingCarriageReturn;
            pendingCarriageReturn = false;
            if (afterCarriageReturn && c != '\n') {
                breaks.addLast(new long[] {position - 1, position});   // a lone CR just before this character
            }
            if (c == '\n') {
                breaks.addLast(new long[] {afterCarriageReturn ? position - 1 : position, position + 1});
            } else if (c == '\r') {
                pendingCarriageReturn = true;   // a CRLF or a lone CR: the next character tells
            }
        }
        delivered += count;
        return count;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}

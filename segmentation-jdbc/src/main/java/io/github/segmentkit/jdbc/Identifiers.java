package io.github.segmentkit.jdbc;

/** SQL identifiers: checked once when a table is described, quoted every time one is written. */
final class Identifiers {
    /** Longer names are surely a mistake; PostgreSQL itself keeps only 63 bytes of a name. */
    static final int MAX_LENGTH = 256;

    private Identifiers() {
    }

    /**
     * {@code name} itself when it can be an identifier: not blank, at most {@value #MAX_LENGTH} characters, no NUL
     * (which no database accepts in a name).
     *
     * @param role what the name names, for the message, e.g. "id column"
     */
    static String check(String name, String role) {
        if (name == null) {
            throw new NullPointerException(role);
        }
        if (name.isBlank()) {
            throw new IllegalArgumentException(role + " is blank: '" + name + "'");
        }
        if (name.length() > MAX_LENGTH) {
            throw new IllegalArgumentException(role + " has " + name.length() + " characters, more than "
                    + MAX_LENGTH);
        }
        if (name.indexOf('\0') >= 0) {
            throw new IllegalArgumentException(role + " contains NUL (U+0000), which no database accepts in a name: '"
                    + name.replace("\0", "\\u0000") + "'");
        }
        return name;
    }

    /**
     * The delimited identifier: in double quotes, each double quote doubled (SQL:2016 5.2). Inside a delimited
     * identifier no other character is special, so nothing a name holds can end it early.
     */
    static String quote(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }
}

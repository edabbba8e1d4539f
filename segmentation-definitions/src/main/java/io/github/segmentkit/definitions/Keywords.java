package io.github.segmentkit.definitions;

import java.util.Locale;
import java.util.Set;

/** The reserved words of the text language; an attribute with such a name is written in back quotes. */
public final class Keywords {
    /** Every keyword, lower case; keywords are case-insensitive. */
    public static final Set<String> ALL = Set.of("segment", "description", "where", "and", "or", "not", "all",
            "none", "in", "is", "missing", "present", "true", "false", "contains", "any", "between", "within",
            "before", "after", "days", "ago", "km", "of", "date", "timestamp", "infinity", "classifier", "settings");

    private Keywords() {
    }

    /** Whether {@code word} is a keyword, ignoring case. */
    public static boolean isKeyword(String word) {
        return ALL.contains(word.toLowerCase(Locale.ROOT));
    }
}

package io.github.segmentkit.io;

/**
 * The number forms {@link CellConverter} accepts, checked by a scan of the characters instead of a regular expression
 * per cell (a loader checks millions of cells). Each method accepts exactly the language of the expression in its
 * comment; {@code NumberSyntaxTest} holds the expressions and compares them on random text.
 */
final class NumberSyntax {
    private NumberSyntax() {
    }

    /** {@code [+-]?[0-9]+(\.0*)?}: a whole number, optionally written with a point and zeros. */
    static boolean isWholeNumber(String text) {
        int i = skipSign(text, 0);
        int digitsEnd = skipDigits(text, i);
        if (digitsEnd == i) {
            return false;
        }
        if (digitsEnd == text.length()) {
            return true;
        }
        if (text.charAt(digitsEnd) != '.') {
            return false;
        }
        for (int j = digitsEnd + 1; j < text.length(); j++) {
            if (text.charAt(j) != '0') {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code [+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)?}: a decimal with an optional exponent, as Java's
     * {@code Double.parseDouble} reads it without its Java-only forms ({@code 1d}, {@code 0x1p3}, {@code NaN}).
     */
    static boolean isDecimal(String text) {
        int i = skipSign(text, 0);
        int integerEnd = skipDigits(text, i);
        boolean integerDigits = integerEnd > i;
        i = integerEnd;
        if (i < text.length() && text.charAt(i) == '.') {
            int fractionEnd = skipDigits(text, i + 1);
            if (!integerDigits && fractionEnd == i + 1) {
                return false;   // "." or "+." alone
            }
            i = fractionEnd;
        } else if (!integerDigits) {
            return false;
        }
        if (i == text.length()) {
            return true;
        }
        char exponent = text.charAt(i);
        if (exponent != 'e' && exponent != 'E') {
            return false;
        }
        int exponentDigits = skipSign(text, i + 1);
        int end = skipDigits(text, exponentDigits);
        return end > exponentDigits && end == text.length();
    }

    /** {@code [+-]?Infinity}. */
    static boolean isInfinity(String text) {
        int i = skipSign(text, 0);
        return text.length() - i == "Infinity".length() && text.startsWith("Infinity", i);
    }

    private static int skipSign(String text, int at) {
        return at < text.length() && (text.charAt(at) == '+' || text.charAt(at) == '-') ? at + 1 : at;
    }

    private static int skipDigits(String text, int at) {
        int i = at;
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        return i;
    }
}

package io.github.segmentkit.definitions.text;

import io.github.segmentkit.api.SourcePosition;

/**
 * One token with its position.
 *
 * @param type     what kind
 * @param text     the value: the name, the unescaped string, the number as written, the operator
 * @param position where it starts
 */
record Token(TokenType type, String text, SourcePosition position) {

    /** Whether this is the (case-insensitive) keyword {@code keyword}. */
    boolean isKeyword(String keyword) {
        return type == TokenType.WORD && text.equalsIgnoreCase(keyword);
    }

    /** How the token is shown in an error message. */
    String describe() {
        return switch (type) {
            case END -> "the end of the document";
            case STRING -> "the string \"" + abbreviate(text) + "\"";
            case NUMBER -> "the number " + abbreviate(text);
            case WORD -> "'" + abbreviate(text) + "'";
            case QUOTED_NAME -> "`" + abbreviate(text) + "`";
            default -> "'" + text + "'";
        };
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}

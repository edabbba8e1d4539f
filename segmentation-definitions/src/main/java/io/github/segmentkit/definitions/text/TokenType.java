package io.github.segmentkit.definitions.text;

/** The kinds of token of the definitions language. */
enum TokenType {
    /** A name: an attribute or a keyword (keywords are recognised by the parser, case-insensitively). */
    WORD,
    /** A back-quoted name, never a keyword. */
    QUOTED_NAME,
    STRING,
    NUMBER,
    EQ,
    NE,
    LT,
    LE,
    GT,
    GE,
    LEFT_PAREN,
    RIGHT_PAREN,
    COMMA,
    LEFT_BRACE,
    RIGHT_BRACE,
    LEFT_BRACKET,
    RIGHT_BRACKET,
    COLON,
    END
}

package io.github.segmentkit.definitions.text;

import io.github.segmentkit.api.DefinitionLimits;
import io.github.segmentkit.api.Problem;
import io.github.segmentkit.api.SourcePosition;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a definitions document into tokens. Never throws on bad input: each character it cannot use becomes a
 * {@link Problem} with its position, and lexing goes on, so that the parser can report more.
 */
final class Lexer {
    private final String source;
    private final SourceLines lines;
    private final List<Problem> problems;
    private final List<Token> tokens = new ArrayList<>();
    private int index;
    private int line = 1;
    private int column = 1;

    private Lexer(String source, SourceLines lines, List<Problem> problems) {
        this.source = source;
        this.lines = lines;
        this.problems = problems;
    }

    /** The tokens of {@code source}, ending with an {@link TokenType#END} token. */
    static List<Token> tokenize(String source, SourceLines lines, List<Problem> problems) {
        Lexer lexer = new Lexer(source, lines, problems);
        lexer.run();
        return lexer.tokens;
    }

    private void run() {
        while (index < source.length()) {
            int c = source.codePointAt(index);
            if (c == '\n') {
                advance();
            } else if (Character.isWhitespace(c)) {
                advance();
            } else if (c == '#' || (c == '/' && peek(1) == '/')) {
                while (index < source.length() && source.charAt(index) != '\n') {
                    advance();
                }
            } else if (c == '"') {
                string();
            } else if (c == '`') {
                quotedName();
            } else if (isDigit(c) || (c == '-' && (isDigit(peek(1)) || startsWithInfinity(index + 1)))) {
                number();
            } else if (Character.isLetter(c) || c == '_') {
                word();
            } else {
                operator(c);
            }
        }
        tokens.add(new Token(TokenType.END, "", here()));
    }

    private SourcePosition here() {
        return new SourcePosition(line, column);
    }

    private int peek(int ahead) {
        int at = index + ahead;
        return at < source.length() ? source.charAt(at) : -1;
    }

    private void advance() {
        int c = source.codePointAt(index);
        index += Character.charCount(c);
        if (c == '\n') {
            line++;
            column = 1;
        } else {
            column++;
        }
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private boolean startsWithInfinity(int at) {
        return source.regionMatches(true, at, "infinity", 0, "infinity".length());
    }

    private void problem(SourcePosition at, String message) {
        problems.add(new Problem(null, null, message + lines.excerpt(at), at));
    }

    private void string() {
        SourcePosition start = here();
        advance();
        StringBuilder value = new StringBuilder();
        while (true) {
            if (index >= source.length() || source.charAt(index) == '\n') {
                problem(start, "this string is not closed: add '\"' before the end of the line");
                tokens.add(new Token(TokenType.STRING, value.toString(), start));
                return;
            }
            int c = source.codePointAt(index);
            if (c == '"') {
                advance();
                break;
            }
            if (c == '\\') {
                SourcePosition escapeAt = here();
                advance();
                escape(value, escapeAt);
            } else {
                value.appendCodePoint(c);
                advance();
            }
            if (value.length() > DefinitionLimits.MAX_STRING_LENGTH) {
                problem(start, "a string longer than the limit of " + DefinitionLimits.MAX_STRING_LENGTH
                        + " characters");
                while (index < source.length() && source.charAt(index) != '"' && source.charAt(index) != '\n') {
                    advance();
                }
                if (index < source.length() && source.charAt(index) == '"') {
                    advance();
                }
                break;
            }
        }
        tokens.add(new Token(TokenType.STRING, value.toString(), start));
    }

    private void escape(StringBuilder value, SourcePosition at) {
        if (index >= source.length()) {
            problem(at, "a backslash at the end of the document");
            return;
        }
        char c = source.charAt(index);
        switch (c) {
            case '"', '\\', '/' -> value.append(c);
            case 'n' -> value.append('\n');
            case 't' -> value.append('\t');
            case 'r' -> value.append('\r');
            case 'b' -> value.append('\b');
            case 'f' -> value.append('\f');
            case 'u' -> {
                String hex = index + 5 <= source.length() ? source.substring(index + 1, index + 5) : "";
                if (hex.length() == 4 && hex.chars().allMatch(h -> Character.digit(h, 16) >= 0)) {
                    value.append((char) Integer.parseInt(hex, 16));
                    for (int i = 0; i < 4; i++) {
                        advance();
                    }
                } else {
                    problem(at, "\\u must be followed by four hexadecimal digits");
                }
            }
            default -> problem(at, "unknown escape '\\" + c + "'; use \\\", \\\\, \\n, \\t, \\r, \\b, \\f or \\uXXXX");
        }
        advance();
    }

    private void quotedName() {
        SourcePosition start = here();
        advance();
        StringBuilder name = new StringBuilder();
        while (true) {
            if (index >= source.length() || source.charAt(index) == '\n') {
                problem(start, "this name is not closed: add '`' before the end of the line");
                break;
            }
            int c = source.codePointAt(index);
            advance();
            if (c == '`') {
                if (index < source.length() && source.charAt(index) == '`') {
                    name.append('`');
                    advance();
                } else {
                    break;
                }
            } else {
                name.appendCodePoint(c);
            }
            if (name.length() > DefinitionLimits.MAX_STRING_LENGTH) {
                problem(start, "a name longer than the limit of " + DefinitionLimits.MAX_STRING_LENGTH + " characters");
                while (index < source.length() && source.charAt(index) != '\n') {
                    advance();
                }
                break;
            }
        }
        tokens.add(new Token(TokenType.QUOTED_NAME, name.toString(), start));
    }

    private void number() {
        SourcePosition start = here();
        int begin = index;
        if (source.charAt(index) == '-') {
            advance();
            if (startsWithInfinity(index)) {
                for (int i = 0; i < "infinity".length(); i++) {
                    advance();
                }
                tokens.add(new Token(TokenType.NUMBER, "-Infinity", start));
                return;
            }
        }
        while (index < source.length() && (isDigit(source.charAt(index)) || source.charAt(index) == '.')) {
            advance();
        }
        if (index < source.length() && (source.charAt(index) == 'e' || source.charAt(index) == 'E')) {
            advance();
            if (index < source.length() && (source.charAt(index) == '+' || source.charAt(index) == '-')) {
                advance();
            }
            while (index < source.length() && isDigit(source.charAt(index))) {
                advance();
            }
        }
        String text = source.substring(begin, index);
        if (text.length() > DefinitionLimits.MAX_NUMBER_LENGTH) {
            problem(start, "a number of " + text.length() + " characters, more than the limit of "
                    + DefinitionLimits.MAX_NUMBER_LENGTH);
            text = "0";
        }
        tokens.add(new Token(TokenType.NUMBER, text, start));
    }

    private void word() {
        SourcePosition start = here();
        int begin = index;
        while (index < source.length()) {
            int c = source.codePointAt(index);
            if (!(Character.isLetterOrDigit(c) || c == '_' || Character.getType(c) == Character.NON_SPACING_MARK
                    || Character.getType(c) == Character.COMBINING_SPACING_MARK)) {
                break;
            }
            advance();
        }
        String text = source.substring(begin, index);
        if (text.length() > DefinitionLimits.MAX_STRING_LENGTH) {
            problem(start, "a name longer than the limit of " + DefinitionLimits.MAX_STRING_LENGTH + " characters");
        }
        tokens.add(new Token(TokenType.WORD, text, start));
    }

    private void operator(int c) {
        SourcePosition start = here();
        TokenType type = switch (c) {
            case '(' -> TokenType.LEFT_PAREN;
            case ')' -> TokenType.RIGHT_PAREN;
            case ',' -> TokenType.COMMA;
            case '{' -> TokenType.LEFT_BRACE;
            case '}' -> TokenType.RIGHT_BRACE;
            case '[' -> TokenType.LEFT_BRACKET;
            case ']' -> TokenType.RIGHT_BRACKET;
            case ':' -> TokenType.COLON;
            case '=' -> TokenType.EQ;
            case '<' -> peek(1) == '=' ? TokenType.LE : TokenType.LT;
            case '>' -> peek(1) == '=' ? TokenType.GE : TokenType.GT;
            case '!' -> peek(1) == '=' ? TokenType.NE : null;
            default -> null;
        };
        if (type == null) {
            problem(start, "unexpected character '" + new String(Character.toChars(c)) + "' (U+"
                    + String.format("%04X", c) + ")");
            advance();
            return;
        }
        String text = switch (type) {
            case LE -> "<=";
            case GE -> ">=";
            case NE -> "!=";
            default -> new String(Character.toChars(c));
        };
        for (int i = 0; i < text.length(); i++) {
            advance();
        }
        tokens.add(new Token(type, text, start));
    }
}

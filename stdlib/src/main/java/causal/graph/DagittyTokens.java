package causal.graph;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits dagitty text into tokens, after dagitty's grammar ({@code jslib/parser/GraphDotParser.pegjs}): barewords
 * {@code -?[0-9a-zA-Z_.]+}, strings in double quotes (with {@code \"}, backslash-newline continuations and
 * {@code "a" + "b"} concatenation), edge operators, and {@code { } [ ] = ,}. Whitespace and {@code ;} separate
 * tokens.
 */
final class DagittyTokens {
    enum Kind { WORD, STRING, EDGE, OPEN_BRACE, CLOSE_BRACE, OPEN_BRACKET, CLOSE_BRACKET, EQUALS, COMMA, END }

    /** A token and where it starts, 1-based. A WORD or STRING's text is the name it stands for. */
    record Token(Kind kind, String text, int line, int column) {
        boolean isName() {
            return kind == Kind.WORD || kind == Kind.STRING;
        }
    }

    /** Longest first, so that {@code <->} wins over {@code <-}. */
    private static final String[] EDGES = {"<->", "@->", "<-@", "--@", "@-@", "@--", "->", "<-", "--"};

    private final String text;
    private int offset;
    private int line = 1;
    private int column = 1;

    private DagittyTokens(String text) {
        this.text = text;
    }

    static List<Token> of(String text) {
        return new DagittyTokens(text).all();
    }

    private List<Token> all() {
        List<Token> tokens = new ArrayList<>();
        while (true) {
            skipSeparators();
            if (offset >= text.length()) {
                tokens.add(new Token(Kind.END, "end of text", line, column));
                return tokens;
            }
            tokens.add(next());
        }
    }

    private Token next() {
        int startLine = line;
        int startColumn = column;
        char c = text.charAt(offset);
        for (String edge : EDGES) {
            if (text.startsWith(edge, offset)) {
                advance(edge.length());
                return new Token(Kind.EDGE, edge, startLine, startColumn);
            }
        }
        Kind single = switch (c) {
            case '{' -> Kind.OPEN_BRACE;
            case '}' -> Kind.CLOSE_BRACE;
            case '[' -> Kind.OPEN_BRACKET;
            case ']' -> Kind.CLOSE_BRACKET;
            case '=' -> Kind.EQUALS;
            case ',' -> Kind.COMMA;
            default -> null;
        };
        if (single != null) {
            advance(1);
            return new Token(single, String.valueOf(c), startLine, startColumn);
        }
        if (c == '"') {
            return new Token(Kind.STRING, concatenatedStrings(), startLine, startColumn);
        }
        if (isWordChar(c) || c == '-' && offset + 1 < text.length() && isWordChar(text.charAt(offset + 1))) {
            int start = offset;
            advance(1);
            while (offset < text.length() && isWordChar(text.charAt(offset))) {
                advance(1);
            }
            return new Token(Kind.WORD, text.substring(start, offset), startLine, startColumn);
        }
        throw new DagittyFormatException("unexpected character '" + c + "'", startLine, startColumn);
    }

    /** One string, or several joined with {@code +}. */
    private String concatenatedStrings() {
        StringBuilder value = new StringBuilder(string());
        while (true) {
            int savedOffset = offset;
            int savedLine = line;
            int savedColumn = column;
            skipSeparators();
            if (offset < text.length() && text.charAt(offset) == '+') {
                advance(1);
                skipSeparators();
                if (offset < text.length() && text.charAt(offset) == '"') {
                    value.append(string());
                    continue;
                }
                throw new DagittyFormatException("a '+' must be followed by a quoted string", line, column);
            }
            offset = savedOffset;
            line = savedLine;
            column = savedColumn;
            return value.toString();
        }
    }

    private String string() {
        int startLine = line;
        int startColumn = column;
        advance(1);
        StringBuilder value = new StringBuilder();
        while (offset < text.length()) {
            char c = text.charAt(offset);
            if (c == '"') {
                advance(1);
                return value.toString();
            }
            if (c == '\\' && offset + 1 < text.length()) {
                char after = text.charAt(offset + 1);
                if (after == '"') {
                    value.append('"');
                    advance(2);
                    continue;
                }
                if (after == '\n' || after == '\r') {
                    advance(1);
                    while (offset < text.length() && (text.charAt(offset) == '\n' || text.charAt(offset) == '\r')) {
                        advance(1);
                    }
                    continue;
                }
            }
            if (c < 0x20 || c == 0x7f) {
                throw new DagittyFormatException("a line break or control character inside a quoted string; "
                        + "end the line with a backslash to continue the string", line, column);
            }
            value.append(c);
            advance(1);
        }
        throw new DagittyFormatException("a quoted string is not closed", startLine, startColumn);
    }

    private void skipSeparators() {
        while (offset < text.length()) {
            char c = text.charAt(offset);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != ';') {
                return;
            }
            advance(1);
        }
    }

    private void advance(int count) {
        for (int k = 0; k < count; k++) {
            // \r\n counts as one line break: the \n starts the new line.
            char c = text.charAt(offset++);
            if (c == '\n') {
                line++;
                column = 1;
            } else if (c != '\r' || offset >= text.length() || text.charAt(offset) != '\n') {
                column++;
            }
        }
    }

    static boolean isWordChar(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c == '.';
    }
}

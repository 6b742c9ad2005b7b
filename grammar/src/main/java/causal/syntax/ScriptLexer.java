package causal.syntax;

import causal.syntax.antlr.CausalLexer;
import causal.syntax.antlr.CausalParser;
import java.util.HashMap;
import java.util.Map;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenFactory;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenFactory;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.Vocabulary;
import org.antlr.v4.runtime.misc.Pair;

/**
 * The lexer rules of {@code Causal.g4}, written out: the same tokens as the generated {@link CausalLexer} (type,
 * channel, start and stop in code points, line, column), without its state machine. ANTLR's lexer interprets a
 * machine of every rule at once, and with a hundred keyword rules that machine costs about 20 ms of every run's
 * start (deserialising it, then lexing on cold code; bench/results/startup.md); this one reads a script in a few
 * loops. The grammar stays the definition: the keywords and the punctuation are read from its vocabulary, so a new
 * keyword that reads as a name, or new punctuation, needs nothing here (anything else fails when this class
 * loads), and {@code ScriptLexerTest} checks that both lexers give the same tokens on every script in the
 * repository and on random text. Like the grammar's lexer it never fails: what no rule takes is an
 * {@code ERROR_CHAR} (or an unterminated string, name or comment) for the parser to word.
 */
final class ScriptLexer implements TokenSource {
    /** Every word-like literal of the grammar ({@code 'estimate'}, {@code 'ATE'}) and its token type. */
    private static final Map<String, Integer> KEYWORDS = new HashMap<>();
    /** Every other literal ({@code '<->'}, {@code '('}) and its token type. */
    private static final Map<String, Integer> PUNCTUATION = new HashMap<>();
    /** The longest punctuation literal, in characters. */
    private static final int LONGEST_PUNCTUATION;

    static {
        Vocabulary vocabulary = CausalParser.VOCABULARY;
        int longest = 0;
        for (int type = 1; type <= vocabulary.getMaxTokenType(); type++) {
            String literal = vocabulary.getLiteralName(type);
            if (literal == null) {
                continue;
            }
            String text = literal.substring(1, literal.length() - 1);
            // A keyword must read as a name and punctuation start where no other rule does, or scan() would never
            // produce it: a grammar change that breaks this fails here, at the first parse, not silently.
            if (isNameStart(text.charAt(0))) {
                if (!text.chars().allMatch(ScriptLexer::isNamePart)) {
                    throw new IllegalStateException("the keyword " + literal + " is not a name: extend ScriptLexer");
                }
                KEYWORDS.put(text, type);
            } else {
                char first = text.charAt(0);
                if (isDigit(first) || first == '"' || first == '`' || isWhitespace(first)) {
                    throw new IllegalStateException("the token " + literal + " starts like another rule: extend "
                            + "ScriptLexer");
                }
                PUNCTUATION.put(text, type);
                longest = Math.max(longest, text.length());
            }
        }
        LONGEST_PUNCTUATION = longest;
    }

    private final CharStream input;
    private final Pair<TokenSource, CharStream> source;
    private final int[] text;
    private TokenFactory<?> factory = CommonTokenFactory.DEFAULT;
    private int index;
    private int line = 1;
    private int column;

    private ScriptLexer(String text, String sourceName) {
        this.input = CharStreams.fromString(text, sourceName);
        this.source = new Pair<>(this, input);
        this.text = text.codePoints().toArray();
    }

    /** The tokens of {@code text}, reported under {@code sourceName}. */
    static ScriptLexer of(String text, String sourceName) {
        return new ScriptLexer(text, sourceName);
    }

    @Override
    public Token nextToken() {
        int start = index;
        int startLine = line;
        int startColumn = column;
        if (start >= text.length) {
            return factory.create(source, Token.EOF, null, Token.DEFAULT_CHANNEL, start, start - 1, line, column);
        }
        int type = scan();
        advanceTo(start, index);
        int channel = type == CausalLexer.WS || type == CausalLexer.LINE_COMMENT || type == CausalLexer.BLOCK_COMMENT
                ? Token.HIDDEN_CHANNEL : Token.DEFAULT_CHANNEL;
        return factory.create(source, type, null, channel, start, index - 1, startLine, startColumn);
    }

    /** The type of the longest token at {@link #index}, moved past it (ties go to the grammar's earlier rule). */
    private int scan() {
        int c = text[index];
        if (isNameStart(c)) {
            return name();
        }
        if (isDigit(c)) {
            index = numberEnd(index);
            if (at(index) == '%') {
                index++;
                return CausalLexer.PERCENT;
            }
            return CausalLexer.NUMBER;
        }
        switch (c) {
            case ' ', '\t', '\r', '\n', '\f' -> {
                while (isWhitespace(at(index))) {
                    index++;
                }
                return CausalLexer.WS;
            }
            case '"' -> {
                return string();
            }
            case '`' -> {
                return backtickName();
            }
            case '/' -> {
                if (at(index + 1) == '/') {
                    while (index < text.length && text[index] != '\r' && text[index] != '\n') {
                        index++;
                    }
                    return CausalLexer.LINE_COMMENT;
                }
                if (at(index + 1) == '*') {
                    return blockComment();
                }
            }
            default -> {
            }
        }
        for (int length = Math.min(LONGEST_PUNCTUATION, text.length - index); length > 0; length--) {
            Integer type = PUNCTUATION.get(new String(text, index, length));
            if (type != null) {
                index += length;
                return type;
            }
        }
        index++;
        return CausalLexer.ERROR_CHAR;
    }

    /** ID ({@code pre.period}: dots join parts, never end a name) or, for exactly a keyword's text, that keyword. */
    private int name() {
        int start = index;
        index++;
        while (isNamePart(at(index))) {
            index++;
        }
        while (at(index) == '.' && isNamePart(at(index + 1))) {
            index += 2;
            while (isNamePart(at(index))) {
                index++;
            }
        }
        Integer keyword = KEYWORDS.get(new String(text, start, index - start));
        return keyword != null ? keyword : CausalLexer.ID;
    }

    /** Where {@code Digits ('.' Digits)? ([eE] [+-]? Digits)?} starting at {@code from} ends. */
    private int numberEnd(int from) {
        int end = digitsEnd(from);
        if (at(end) == '.' && isDigit(at(end + 1))) {
            end = digitsEnd(end + 1);
        }
        if (at(end) == 'e' || at(end) == 'E') {
            int exponent = at(end + 1) == '+' || at(end + 1) == '-' ? end + 2 : end + 1;
            if (isDigit(at(exponent))) {
                end = digitsEnd(exponent);
            }
        }
        return end;
    }

    private int digitsEnd(int from) {
        int end = from;
        while (isDigit(at(end))) {
            end++;
        }
        return end;
    }

    /** STRING, or UNTERMINATED_STRING up to where the line (or an escape without a character) ends it. */
    private int string() {
        index++;
        while (true) {
            int c = at(index);
            if (c == '\\' && index + 1 < text.length && !isLineBreak(text[index + 1])) {
                index += 2;
            } else if (c >= 0 && c != '"' && c != '\\' && !isLineBreak(c)) {
                index++;
            } else {
                break;
            }
        }
        if (at(index) == '"') {
            index++;
            return CausalLexer.STRING;
        }
        return CausalLexer.UNTERMINATED_STRING;
    }

    /** BACKTICK_ID (at least one character between the backticks), or UNTERMINATED_BACKTICK. */
    private int backtickName() {
        int start = index;
        index++;
        while (index < text.length && text[index] != '`' && !isLineBreak(text[index])) {
            index++;
        }
        if (at(index) == '`' && index > start + 1) {
            index++;
            return CausalLexer.BACKTICK_ID;
        }
        return CausalLexer.UNTERMINATED_BACKTICK;
    }

    /** BLOCK_COMMENT up to the first {@code *}{@code /}, or UNTERMINATED_COMMENT to the end of the text. */
    private int blockComment() {
        for (int i = index + 2; i + 1 < text.length; i++) {
            if (text[i] == '*' && text[i + 1] == '/') {
                index = i + 2;
                return CausalLexer.BLOCK_COMMENT;
            }
        }
        index = text.length;
        return CausalLexer.UNTERMINATED_COMMENT;
    }

    /** Moves the line and column as ANTLR does: a new line at each {@code \n}, code points counted. */
    private void advanceTo(int from, int to) {
        for (int i = from; i < to; i++) {
            if (text[i] == '\n') {
                line++;
                column = 0;
            } else {
                column++;
            }
        }
    }

    /** The code point at {@code i}, or -1 past the end. */
    private int at(int i) {
        return i < text.length ? text[i] : -1;
    }

    private static boolean isNameStart(int c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '_';
    }

    private static boolean isNamePart(int c) {
        return isNameStart(c) || isDigit(c);
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isWhitespace(int c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f';
    }

    private static boolean isLineBreak(int c) {
        return c == '\r' || c == '\n';
    }

    @Override
    public int getLine() {
        return line;
    }

    @Override
    public int getCharPositionInLine() {
        return column;
    }

    @Override
    public CharStream getInputStream() {
        return input;
    }

    @Override
    public String getSourceName() {
        return input.getSourceName();
    }

    @Override
    public void setTokenFactory(TokenFactory<?> factory) {
        this.factory = factory;
    }

    @Override
    public TokenFactory<?> getTokenFactory() {
        return factory;
    }
}

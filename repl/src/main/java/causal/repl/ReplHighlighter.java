package causal.repl;

import causal.syntax.SourceTokens;
import org.jline.reader.Highlighter;
import org.jline.reader.LineReader;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

import java.util.regex.Pattern;

/** Colours input as it is typed, from the language's own lexer: keywords, numbers, strings, comments, errors. */
final class ReplHighlighter implements Highlighter {
    @Override
    public AttributedString highlight(LineReader reader, String buffer) {
        AttributedStringBuilder sb = new AttributedStringBuilder();
        if (buffer.strip().startsWith(":")) {
            return sb.styled(AttributedStyle.DEFAULT.foreground(AttributedStyle.MAGENTA), buffer).toAttributedString();
        }
        int at = 0;
        for (SourceTokens.Token t : SourceTokens.of(buffer)) {
            if (t.offset() > at) {
                sb.append(buffer.substring(at, t.offset()));
            }
            sb.styled(style(t.kind()), buffer.substring(t.offset(), Math.min(buffer.length(), t.offset() + t.length())));
            at = t.offset() + t.length();
        }
        if (at < buffer.length()) {
            sb.append(buffer.substring(at));
        }
        return sb.toAttributedString();
    }

    static AttributedStyle style(SourceTokens.Kind kind) {
        return switch (kind) {
            case KEYWORD -> AttributedStyle.BOLD.foreground(AttributedStyle.BLUE);
            case NUMBER -> AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN);
            case STRING -> AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN);
            case COMMENT -> AttributedStyle.DEFAULT.foreground(AttributedStyle.BRIGHT).faint();
            case ERROR -> AttributedStyle.DEFAULT.foreground(AttributedStyle.RED).underline();
            case IDENTIFIER, OPERATOR -> AttributedStyle.DEFAULT;
        };
    }

    @Override
    public void setErrorPattern(Pattern errorPattern) {
    }

    @Override
    public void setErrorIndex(int errorIndex) {
    }
}

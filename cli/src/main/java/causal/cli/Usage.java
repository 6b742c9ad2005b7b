package causal.cli;

import java.util.ArrayList;
import java.util.List;

/** The usage texts: of the whole command line and of one command, wrapped at 80 columns. */
final class Usage {
    private static final int WIDTH = 80;

    private Usage() {
    }

    static String of(List<CommandSpec> commands, String description) {
        StringBuilder out = new StringBuilder("Usage: causal [-hV] COMMAND [OPTIONS] [FILE...]\n");
        wrap(out, "", description);
        out.append("Commands:\n");
        int width = commands.stream().mapToInt(c -> c.name().length()).max().orElse(0);
        for (CommandSpec c : commands) {
            entry(out, "  " + pad(c.name(), width) + "  ", c.summary());
        }
        out.append("Options:\n");
        entry(out, "  -h, --help      ", "Show this help message and exit.");
        entry(out, "  -V, --version   ", "Print version information and exit.");
        out.append("'causal COMMAND --help' lists a command's options.\n");
        return out.toString();
    }

    static String of(CommandSpec command) {
        StringBuilder synopsis = new StringBuilder("Usage: causal ").append(command.name());
        if (command.options().size() > 1) {
            synopsis.append(" [OPTIONS]");
        }
        CommandSpec.OperandSpec operands = command.operands();
        if (operands.max() > 0) {
            String label = operands.max() > 1 ? operands.label() + "..." : operands.label();
            synopsis.append(' ').append(operands.min() == 0 ? "[" + label + "]" : label);
        }
        StringBuilder out = new StringBuilder(synopsis).append('\n');
        wrap(out, "", command.summary());
        List<String[]> rows = new ArrayList<>();
        if (operands.max() > 0) {
            rows.add(new String[] {operands.label(), operands.description()});
        }
        for (CommandSpec.OptionSpec o : command.options()) {
            String name = o.name().equals("--help") ? "-h, --help" : o.name();
            rows.add(new String[] {o.valueLabel().map(l -> name + "=<" + l + ">").orElse(name), o.description()});
        }
        int width = rows.stream().mapToInt(r -> r[0].length()).max().orElse(0);
        for (String[] row : rows) {
            entry(out, "  " + pad(row[0], width) + "   ", row[1]);
        }
        return out.toString();
    }

    private static void entry(StringBuilder out, String head, String text) {
        out.append(head);
        wrap(out, " ".repeat(head.length() + 2), text, WIDTH - head.length());
    }

    private static void wrap(StringBuilder out, String indent, String text) {
        wrap(out, indent, text, WIDTH);
    }

    /** {@code text} word-wrapped: the first line in {@code first} columns, the rest indented. */
    private static void wrap(StringBuilder out, String indent, String text, int first) {
        int room = first;
        int used = 0;
        for (String word : text.split(" ")) {
            if (used > 0 && used + 1 + word.length() > room) {
                out.append('\n').append(indent);
                room = WIDTH - indent.length();
                used = 0;
            }
            if (used > 0) {
                out.append(' ');
                used++;
            }
            out.append(word);
            used += word.length();
        }
        out.append('\n');
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(width - text.length());
    }
}

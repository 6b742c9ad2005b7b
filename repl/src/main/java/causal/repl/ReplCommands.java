package causal.repl;

import causal.analysis.Declarations;
import causal.analysis.Reference;
import causal.data.Table;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The REPL's own commands, each a word after a colon: {@code :help psm}, {@code :load study.causal}, … */
final class ReplCommands {
    /** Every command with what it does, for {@code :help} and completion. */
    enum Command {
        HELP("help", "[topic]", "the language reference, or the section on a statement, estimator or design"),
        LOAD("load", "FILE", "check and run a script in this session"),
        RESET("reset", "", "forget every name and value"),
        VARS("vars", "", "the names declared so far"),
        SHOW("show", "NAME", "print a dataset, dag, estimate or identification"),
        FORMAT("format", "text|json", "how results are printed"),
        QUIT("quit", "", "leave (Ctrl-D too)");

        private final String word;
        private final String argument;
        private final String summary;

        Command(String word, String argument, String summary) {
            this.word = word;
            this.argument = argument;
            this.summary = summary;
        }

        String word() {
            return word;
        }

        String summary() {
            return summary;
        }

        static Optional<Command> of(String word) {
            return Arrays.stream(values()).filter(c -> c.word.equals(word)).findFirst();
        }
    }

    private final Repl repl;
    private final PrintWriter out;

    ReplCommands(Repl repl, PrintWriter out) {
        this.repl = repl;
        this.out = out;
    }

    /** Runs one command line; false when the REPL should end. */
    boolean run(String line) {
        String body = line.strip().substring(1).strip();
        int space = body.indexOf(' ');
        String word = space < 0 ? body : body.substring(0, space);
        String argument = space < 0 ? "" : body.substring(space + 1).strip();
        Optional<Command> command = Command.of(word.toLowerCase(Locale.ROOT));
        if (command.isEmpty()) {
            out.println("unknown command :" + word + "; :help lists the commands");
            return true;
        }
        switch (command.get()) {
            case HELP -> help(argument);
            case LOAD -> load(argument);
            case RESET -> {
                repl.session().reset();
                out.println("session reset: no names are declared");
            }
            case VARS -> vars();
            case SHOW -> show(argument);
            case FORMAT -> format(argument);
            case QUIT -> {
                return false;
            }
        }
        return true;
    }

    private void help(String topic) {
        if (topic.isEmpty()) {
            out.println("Type statements as in a script; a statement goes on while a bracket is open.");
            out.println("Commands:");
            for (Command c : Command.values()) {
                out.printf(Locale.ROOT, "  :%-8s %-10s %s%n", c.word, c.argument, c.summary);
            }
            out.println("Topics of :help TOPIC (the reference's sections):");
            for (Reference.Section s : Reference.sections()) {
                out.println("  ".repeat(Math.max(1, s.level() - 1)) + s.heading());
            }
            return;
        }
        Optional<Reference.Section> section = Reference.find(topic);
        if (section.isEmpty()) {
            out.println("no section of the reference is about '" + topic + "'; :help lists the topics");
            return;
        }
        out.println(section.get().text());
    }

    private void load(String file) {
        if (file.isEmpty()) {
            out.println(":load needs a file, as in :load study.causal");
            return;
        }
        Path path = Path.of(file.replaceAll("^\"|\"$", ""));
        try {
            repl.submit(Files.readString(path, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            out.println(path + ": error: no such file");
        } catch (IOException e) {
            out.println(path + ": error: cannot read the file: " + e.getMessage());
        }
    }

    private void vars() {
        Declarations d = repl.session().analysis().declarations();
        if (d.all().isEmpty()) {
            out.println("nothing is declared yet");
            return;
        }
        d.all().forEach((name, statement) -> {
            String kind = statement.getClass().getSimpleName().toLowerCase(Locale.ROOT);
            String detail = "";
            Optional<Object> value = repl.session().value(name);
            if (value.isPresent() && value.get() instanceof Table t) {
                detail = t.rowCount() + " rows, " + t.columnNames().size() + " columns";
            } else if (d.dags().containsKey(name)) {
                detail = d.dags().get(name).dag().nodes().size() + " nodes";
            } else if (d.designs().containsKey(name)) {
                detail = d.designs().get(name).kind() + " design";
            }
            out.printf(Locale.ROOT, "  %-16s %-10s %s%n", name, kind, detail);
        });
    }

    private void show(String name) {
        if (name.isEmpty()) {
            out.println(":show needs a name, as in :show e1");
            return;
        }
        repl.run("print " + name, false);
    }

    private void format(String word) {
        switch (word) {
            case "text" -> repl.format(Repl.Format.TEXT);
            case "json" -> repl.format(Repl.Format.JSON);
            default -> {
                out.println(":format takes text or json");
                return;
            }
        }
        out.println("results are printed as " + word);
    }
}

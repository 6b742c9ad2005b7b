package causal.cli;

import java.nio.file.Path;
import java.util.List;

/** {@code causal check FILE}: the static checks only; reads data headers but never rows. */
final class CheckCommand {
    static final CommandSpec SPEC = new CommandSpec("check",
            "Check a script (syntax, names, identification) without running it.", List.of(Main.HELP),
            CommandSpec.OperandSpec.one("FILE", "the .causal script"), CheckCommand::run);

    private CheckCommand() {
    }

    static int run(Arguments arguments) {
        return ScriptFile.analyse(Path.of(arguments.operands().get(0)))
                .map(a -> a.hasErrors() ? Main.CHECK_FAILED : Main.OK)
                .orElse(Main.CHECK_FAILED);
    }
}

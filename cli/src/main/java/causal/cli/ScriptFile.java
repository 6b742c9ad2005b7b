package causal.cli;

import causal.syntax.SourceText;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/** Reads a script file, reporting a missing or unreadable file in one line instead of an exception. */
final class ScriptFile {
    private ScriptFile() {
    }

    static Optional<SourceText> read(Path file) {
        try {
            return Optional.of(new SourceText(file.toString(), Files.readString(file, StandardCharsets.UTF_8)));
        } catch (NoSuchFileException e) {
            System.err.println(file + ": error: no such file");
        } catch (MalformedInputException e) {
            System.err.println(file + ": error: the file is not UTF-8 text");
        } catch (IOException e) {
            System.err.println(file + ": error: cannot read the file: " + e.getMessage());
        }
        return Optional.empty();
    }
}

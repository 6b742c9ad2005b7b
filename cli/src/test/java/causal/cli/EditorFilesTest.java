package causal.cli;

import causal.syntax.SourceTokens;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The VS Code extension's grammar colours exactly the language's keywords, so the two cannot drift apart. */
class EditorFilesTest {
    @Test
    void theTextMateKeywordsAreTheLexersKeywords() throws IOException {
        String grammar = Files.readString(CliRun.ROOT.resolve("editors/vscode/syntaxes/causal.tmLanguage.json"));
        Matcher m = Pattern.compile("\"keyword\\.control\\.causal\", \"match\": \"\\\\\\\\b\\(([^)]*)\\)").matcher(grammar);
        assertThat(m.find()).as("the keyword rule").isTrue();
        Set<String> words = new TreeSet<>(Set.of(m.group(1).split("\\|")));
        assertThat(words).isEqualTo(new TreeSet<>(SourceTokens.keywords()));
    }
}

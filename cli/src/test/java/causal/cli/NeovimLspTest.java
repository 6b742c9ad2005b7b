package causal.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A real editor as the client: headless Neovim (Debian's neovim, which ./test installs) opens a script with its
 * built-in LSP client running {@code causal lsp}, and writes back the diagnostics and a hover it received.
 */
class NeovimLspTest {
    @TempDir
    Path folder;

    @Test
    @Timeout(120)
    void neovimShowsTheCheckersDiagnosticAndAHover() throws IOException, InterruptedException {
        assumeTrue(onPath("nvim"), "nvim is not installed (./test installs Debian's neovim)");
        Files.writeString(folder.resolve("data.csv"), "age,treat,y\n30,1,2.5\n40,0,1.5\n35,1,3.0\n50,0,2.0\n");
        Path script = folder.resolve("study.causal");
        Files.writeString(script, """
                data d = csv("data.csv")
                dag g {
                  age -> treat
                  age -> y
                  treat -> y
                }
                estimate ATE of treat on yy in d under g using psm
                """);
        Path out = folder.resolve("seen.txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String lua = """
                local out = io.open(%s, "w")
                vim.cmd("edit " .. %s)
                local buf = vim.api.nvim_get_current_buf()
                local id = vim.lsp.start_client({ name = "causal", cmd = { %s, "-cp", %s, "causal.cli.Main", "lsp" },
                                                  root_dir = %s })
                vim.lsp.buf_attach_client(buf, id)
                vim.wait(60000, function() return #vim.diagnostic.get(buf) > 0 end, 100)
                for _, d in ipairs(vim.diagnostic.get(buf)) do
                  out:write("diagnostic ", d.lnum, ":", d.col, " ", d.message, "\\n")
                end
                local params = { textDocument = { uri = vim.uri_from_bufnr(buf) },
                                 position = { line = 2, character = 3 } }
                local res = vim.lsp.buf_request_sync(buf, "textDocument/hover", params, 20000)
                for _, r in pairs(res or {}) do
                  if r.result then out:write("hover ", r.result.contents.value, "\\n") end
                end
                out:close()
                vim.lsp.stop_client(id)
                vim.cmd("qa!")
                """.formatted(quote(out.toString()), quote(script.toString()), quote(java),
                quote(System.getProperty("java.class.path")), quote(folder.toString()));
        Path init = folder.resolve("test.lua");
        Files.writeString(init, lua);
        Process nvim = new ProcessBuilder("nvim", "--headless", "-u", "NONE", "-c", "luafile " + init)
                .directory(folder.toFile()).redirectErrorStream(true).redirectOutput(folder.resolve("nvim.log").toFile())
                .start();
        assertThat(nvim.waitFor(100, TimeUnit.SECONDS)).as("neovim finished").isTrue();
        String seen = Files.exists(out) ? Files.readString(out) : "(nothing) " + Files.readString(folder.resolve(
                "nvim.log"));
        assertThat(seen).contains("diagnostic 6:25 unknown column 'yy' in dataset d (did you mean y?)")
                .contains("hover column **age** of dataset d: numeric")
                .contains("node **age** of dag g — parents: none; children: treat, y");
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }
}

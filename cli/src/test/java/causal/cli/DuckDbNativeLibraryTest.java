package causal.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Enumeration;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the launcher's one jar relies on (cli/pom.xml, "duckdb-native" and "one-jar"): DuckDB's classes in a jar
 * without its native libraries, with this machine's library beside it under the name it has in DuckDB's jar, loads that library where it is and never
 * copies it to the temporary directory. Built here the way the build builds it, so an upgrade of DuckDB that changes
 * its loader fails this test rather than every sql and parquet run.
 */
class DuckDbNativeLibraryTest {
    @TempDir
    Path dir;

    @Test
    void aJarWithoutNativeLibrariesLoadsTheOneBesideIt() throws Exception {
        String platform = duckDbPlatform();
        assumeThat(platform).as("a platform the build takes DuckDB's library out for").isNotNull();
        Path jar = Path.of(Class.forName("org.duckdb.DuckDBDriver").getProtectionDomain().getCodeSource().getLocation().toURI());
        Path stripped = dir.resolve("duckdb_jdbc.jar");
        try (ZipFile full = new ZipFile(jar.toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(stripped))) {
            for (Enumeration<? extends ZipEntry> entries = full.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                try (InputStream in = full.getInputStream(entry)) {
                    if (entry.getName().equals("libduckdb_java.so_" + platform)) {
                        Files.copy(in, dir.resolve(entry.getName()));
                    } else if (!entry.getName().startsWith("libduckdb_java.so_")) {
                        out.putNextEntry(new ZipEntry(entry.getName()));
                        in.transferTo(out);
                        out.closeEntry();
                    }
                }
            }
        }
        // A temporary directory that does not exist: copying the library there would fail the probe.
        Path temporary = dir.resolve("no-such-directory");
        Path testClasses = Path.of(Probe.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        ProcessBuilder probe = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + temporary, "-cp", stripped + ":" + testClasses, Probe.class.getName());
        probe.redirectErrorStream(true);
        Process process = probe.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(out).isZero();
        assertThat(out.strip()).isEqualTo("42");
    }

    /** The platform suffix of DuckDB's library for this machine, as cli/pom.xml chooses it; null for others. */
    private static String duckDbPlatform() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch");
        if (os.equals("linux") && arch.equals("amd64")) return "linux_amd64";
        if (os.equals("linux") && arch.equals("aarch64")) return "linux_arm64";
        if (os.startsWith("mac") && arch.equals("aarch64")) return "macos_arm64";
        return null;
    }

    /** Opens DuckDB in memory and prints a query's answer: run in a JVM of its own, on the stripped jar. */
    public static final class Probe {
        public static void main(String[] arguments) throws Exception {
            try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                    Statement statement = connection.createStatement();
                    ResultSet result = statement.executeQuery("select 40 + 2")) {
                result.next();
                System.out.println(result.getInt(1));
            }
        }
    }
}

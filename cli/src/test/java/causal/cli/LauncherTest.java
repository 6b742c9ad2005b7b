package causal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the {@code causal} launcher asks of the JVM for a script, read from a stand-in {@code java} that prints its
 * arguments: C1 alone for a study on small data, C2 where the work is large; the vector module for scripts that fit
 * als or read large data; whether stderr is a terminal, decided by the shell.
 */
class LauncherTest {
    @TempDir
    Path dir;
    private Path jdk;

    @BeforeEach
    void standInJdk() throws IOException {
        jdk = dir.resolve("jdk");
        Files.createDirectories(jdk.resolve("bin"));
        Path java = jdk.resolve("bin/java");
        // Every call is also logged, one argument a line and "--" after it: the training run prints to /dev/null.
        Files.writeString(java, "#!/bin/sh\nfor a in \"$@\"; do echo \"$a\"; echo \"$a\" >> '" + dir.resolve("calls")
                + "'; done\necho -- >> '" + dir.resolve("calls") + "'\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(jdk.resolve("release"), "IMPLEMENTOR=\"test\"\nJAVA_VERSION=\"17.0.15\"\n");
    }

    private List<String> jvmArguments(Map<String, String> environment, String... arguments)
            throws IOException, InterruptedException {
        return jvmArguments(CliRun.ROOT.resolve("causal"), environment, arguments);
    }

    private List<String> jvmArguments(Path launcher, Map<String, String> environment, String... arguments)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder();
        builder.command().add(launcher.toString());
        builder.command().addAll(List.of(arguments));
        builder.environment().put("CAUSAL_JAVA_HOME", jdk.toString());
        builder.environment().put("CAUSAL_NO_BUILD", "1");
        builder.environment().remove("CAUSAL_JAVA_OPTS");
        builder.environment().remove("CAUSAL_VECTORS");
        builder.environment().putAll(environment);
        builder.redirectErrorStream(true);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(out).isZero();
        return out.lines().toList();
    }

    private Path script(String text) throws IOException {
        Path script = dir.resolve("study.causal");
        Files.writeString(script, text);
        return script;
    }

    @Test
    void aStudyOnSmallDataRunsWithC1Alone() throws Exception {
        Path script = script("data d = csv(\"small.csv\")\nestimate ATE of t on y in d adjust by none\n");
        Files.writeString(dir.resolve("small.csv"), "t,y\n0,1\n1,2\n");
        List<String> jvm = jvmArguments(Map.of(), "run", script.toString());
        assertThat(jvm).contains("-XX:TieredStopAtLevel=1", "-XX:-UsePerfData", "causal.cli.Main")
                .doesNotContain("--add-modules", "-XX:+UseTransparentHugePages");
        // Other code than Causal's compiles after ten times the usual calls: most of it runs only at start-up.
        assertThat(jvm).containsSubsequence("-XX:CompileThresholdScaling=10",
                "-XX:CompileCommand=CompileThresholdScaling,causal.*::*,0.1");
        // A pipe, not a terminal: the CLI is told so and draws no progress bars.
        assertThat(jvm).contains("-Dcausal.stderr.terminal=false");
    }

    @Test
    void largeCountsKeepC2ButSeedsAndFileNamesDoNot() throws Exception {
        Path big = script("data d = simulate shop n 2000000 seed 1\n");
        assertThat(jvmArguments(Map.of(), "run", big.toString()))
                .contains("-XX:Tier4InvocationThreshold=50000").doesNotContain("-XX:TieredStopAtLevel=1");
        Path seeded = script("data d = csv(\"rows_20240101.csv\")\nlet b = 1 // seed 20240101\n"
                + "estimate ATE of t on y in d adjust by none using ols(se = bootstrap(runs = 200, seed = 20240101))\n");
        assertThat(jvmArguments(Map.of(), "run", seeded.toString())).contains("-XX:TieredStopAtLevel=1");
    }

    @Test
    void anSqlSourceKeepsC2AndGetsTheVectorModule() throws Exception {
        Path script = script("data d = sql(\"select * from 'x.parquet'\")\n");
        assertThat(jvmArguments(Map.of(), "run", script.toString())).doesNotContain("-XX:TieredStopAtLevel=1")
                .containsSequence("--add-modules", "jdk.incubator.vector");
    }

    @Test
    void dataFilesOver64MegabytesTogetherKeepC2AndGetTheVectorModule() throws Exception {
        Path script = script("data d = parquet(\"part-*.parquet\")\n");
        for (String part : List.of("part-1.parquet", "part-2.parquet")) {
            try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(dir.resolve(part).toFile(), "rw")) {
                file.setLength(40L << 20); // sparse: 40 MB that take no disk
            }
        }
        List<String> jvm = jvmArguments(Map.of(), "run", script.toString());
        assertThat(jvm).doesNotContain("-XX:TieredStopAtLevel=1")
                .containsSequence("--add-modules", "jdk.incubator.vector")
                .contains("-XX:+UseTransparentHugePages", "-XX:PretenureSizeThreshold=1m");
        Files.delete(dir.resolve("part-2.parquet"));
        assertThat(jvmArguments(Map.of(), "run", script.toString())).contains("-XX:TieredStopAtLevel=1")
                .doesNotContain("--add-modules");
    }

    @Test
    void alsGetsTheVectorModuleAndC2UnlessVectorsAreTurnedOff() throws Exception {
        Path script = script("recommender mf = als(factors = 64) on r(user = u, item = i, rating = s)\n");
        List<String> jvm = jvmArguments(Map.of(), "run", script.toString());
        assertThat(jvm).containsSequence("--add-modules", "jdk.incubator.vector")
                .doesNotContain("-XX:TieredStopAtLevel=1");
        assertThat(jvmArguments(Map.of("CAUSAL_VECTORS", "0"), "run", script.toString()))
                .doesNotContain("--add-modules");
    }

    @Test
    void checkAlwaysTakesC1() throws Exception {
        Path script = script("data d = simulate shop n 2000000 seed 1\n");
        assertThat(jvmArguments(Map.of(), "check", script.toString())).contains("-XX:TieredStopAtLevel=1")
                .doesNotContain("-XX:CompileThresholdScaling=10");
    }

    @Test
    void theOneJarIsTheClassPathWhenThisMachinesDuckDbLibraryIsBesideIt() throws Exception {
        // A checkout of its own: the launcher beside a built tree.
        Path root = dir.resolve("checkout");
        Path target = Files.createDirectories(root.resolve("cli/target"));
        Files.copy(CliRun.ROOT.resolve("causal"), root.resolve("causal"));
        Files.setPosixFilePermissions(root.resolve("causal"), PosixFilePermissions.fromString("rwxr-xr-x"));
        Path jar = Files.writeString(target.resolve("causal.jar"), "");
        Path lib = Files.createDirectories(target.resolve("lib"));
        Path duckdb = Files.writeString(lib.resolve("duckdb_jdbc-2.0.0.1.jar"), "");
        Files.writeString(lib.resolve("truffle-runtime-25.0.1.jar"), "");
        Path oneJar = Files.writeString(target.resolve("causal-all.jar"), "");
        Path script = script("data d = sql(\"select 1 as x\")\n");

        // No DuckDB library taken out for this platform (the one jar leaves them all out): the jars one by one,
        // DuckDB's with its libraries, Truffle's optimising runtime left off.
        assertThat(classPath(jvmArguments(root.resolve("causal"), Map.of(), "run", script.toString())))
                .containsExactly(jar.toString(), duckdb.toString());

        Files.writeString(target.resolve("libduckdb_java.so_linux_amd64"), "");
        assertThat(classPath(jvmArguments(root.resolve("causal"), Map.of(), "run", script.toString())))
                .containsExactly(oneJar.toString());
    }

    /** A copy of the launcher in a checkout of its own, with one example study and an empty jar. */
    private Path checkout() throws IOException {
        Path root = dir.resolve("checkout");
        Files.createDirectories(root.resolve("cli/target"));
        Files.copy(CliRun.ROOT.resolve("causal"), root.resolve("causal"));
        Files.setPosixFilePermissions(root.resolve("causal"), PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(root.resolve("cli/target/causal.jar"), "");
        Files.createDirectories(root.resolve("examples/one"));
        Files.writeString(root.resolve("examples/one/one.causal"), "data d = csv(\"d.csv\")\n");
        return root;
    }

    /** The JVM calls the launcher made, each as its arguments. */
    private List<List<String>> calls() throws IOException {
        List<List<String>> calls = new java.util.ArrayList<>();
        List<String> call = new java.util.ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("calls"))) {
            if (line.equals("--")) {
                calls.add(call);
                call = new java.util.ArrayList<>();
            } else {
                call.add(line);
            }
        }
        return calls;
    }

    private static void olderThan(Path jar, Path archive) throws IOException {
        Files.setLastModifiedTime(jar, java.nio.file.attribute.FileTime.fromMillis(
                Files.getLastModifiedTime(archive).toMillis() - 10_000));
    }

    @Test
    void theFirstRunAfterABuildTrainsTheArchiveOnEveryExampleAndLaterRunsMapIt() throws Exception {
        Path root = checkout();
        Path target = root.resolve("cli/target");
        Path script = script("data d = csv(\"small.csv\")\n");

        List<String> first = jvmArguments(root.resolve("causal"), Map.of(), "run", script.toString());
        assertThat(first).noneMatch(a -> a.startsWith("-XX:SharedArchiveFile") || a.startsWith("-XX:ArchiveClassesAtExit"));
        List<List<String>> calls = calls();
        assertThat(calls).hasSize(2);
        List<String> training = calls.get(1);
        assertThat(training).anyMatch(a -> a.startsWith("-XX:ArchiveClassesAtExit=" + target.resolve(
                "causal-java17.0.15-run-interpreter.jsa.")));
        // The examples run from a copy (they write plots), in one JVM, with the options of the run itself.
        assertThat(training.subList(training.indexOf("causal.cli.Training"), training.size())).hasSize(3)
                .startsWith("causal.cli.Training", "run").last().asString().endsWith("/one/one.causal")
                .doesNotStartWith(root.toString());
        assertThat(training).contains("-XX:TieredStopAtLevel=1");

        Path archive = Files.writeString(target.resolve("causal-java17.0.15-run-interpreter.jsa"), "");
        olderThan(target.resolve("causal.jar"), archive);
        assertThat(jvmArguments(root.resolve("causal"), Map.of(), "run", script.toString()))
                .contains("-XX:SharedArchiveFile=" + archive);
        assertThat(calls()).hasSize(3);
        // `fmt` maps check's archive and never trains one; `check` trains its own.
        jvmArguments(root.resolve("causal"), Map.of(), "fmt", script.toString());
        assertThat(calls()).hasSize(4);
        jvmArguments(root.resolve("causal"), Map.of(), "check", script.toString());
        assertThat(calls()).hasSize(6);
        assertThat(calls().get(5)).contains("check").anyMatch(a -> a.startsWith("-XX:ArchiveClassesAtExit="
                + target.resolve("causal-java17.0.15-check-interpreter.jsa.")));
    }

    @Test
    void anArchiveOlderThanTheOneJarIsTrainedAgain() throws Exception {
        // Maven rebuilds causal-all.jar after a change in any module but leaves causal.jar alone when the cli's
        // classes did not change; the JVM then refuses the archive at every start (silently, with -Xshare:auto).
        Path root = checkout();
        Path target = root.resolve("cli/target");
        Files.writeString(target.resolve("libduckdb_java.so_linux_amd64"), "");
        Path oneJar = Files.writeString(target.resolve("causal-all.jar"), "");
        Path archive = Files.writeString(target.resolve("causal-java17.0.15-run-interpreter-one-jar.jsa"), "");
        olderThan(target.resolve("causal.jar"), archive);
        Path script = script("data d = csv(\"small.csv\")\n");

        Files.setLastModifiedTime(oneJar, Files.getLastModifiedTime(archive));
        olderThan(oneJar, archive);
        assertThat(jvmArguments(root.resolve("causal"), Map.of(), "run", script.toString()))
                .contains("-XX:SharedArchiveFile=" + archive);
        assertThat(calls()).hasSize(1);

        Files.setLastModifiedTime(oneJar, java.nio.file.attribute.FileTime.fromMillis(
                Files.getLastModifiedTime(archive).toMillis() + 10_000));
        assertThat(jvmArguments(root.resolve("causal"), Map.of(), "run", script.toString()))
                .noneMatch(a -> a.startsWith("-XX:SharedArchiveFile"));
        assertThat(calls()).hasSize(3);
        assertThat(calls().get(2)).anyMatch(a -> a.startsWith("-XX:ArchiveClassesAtExit=" + target.resolve(
                "causal-java17.0.15-run-interpreter-one-jar.jsa.")));
    }

    @Test
    void withoutTheOneJarAnArchiveOlderThanAModuleJarInLibIsTrainedAgain() throws Exception {
        Path root = checkout();
        Path target = root.resolve("cli/target");
        Path stdlib = Files.writeString(Files.createDirectories(target.resolve("lib"))
                .resolve("causal-stdlib-0.1.0-SNAPSHOT.jar"), "");
        Path archive = Files.writeString(target.resolve("causal-java17.0.15-run-interpreter.jsa"), "");
        olderThan(target.resolve("causal.jar"), archive);
        olderThan(stdlib, archive);
        Path script = script("data d = csv(\"small.csv\")\n");
        assertThat(jvmArguments(root.resolve("causal"), Map.of(), "run", script.toString()))
                .contains("-XX:SharedArchiveFile=" + archive);

        Files.setLastModifiedTime(stdlib, java.nio.file.attribute.FileTime.fromMillis(
                Files.getLastModifiedTime(archive).toMillis() + 10_000));
        assertThat(jvmArguments(root.resolve("causal"), Map.of(), "run", script.toString()))
                .noneMatch(a -> a.startsWith("-XX:SharedArchiveFile"));
        assertThat(calls()).hasSize(3);
    }

    @Test
    void onJava25TheTrainingRecordsAnAheadOfTimeCacheAndLaterRunsMapIt() throws Exception {
        Files.writeString(jdk.resolve("release"), "IMPLEMENTOR=\"test\"\nJAVA_VERSION=\"25.0.3\"\n");
        Path root = checkout();
        Path target = root.resolve("cli/target");
        Path script = script("data d = csv(\"small.csv\")\n");

        List<String> first = jvmArguments(root.resolve("causal"), Map.of(), "run", script.toString());
        assertThat(first).noneMatch(a -> a.startsWith("-XX:AOT") || a.startsWith("-XX:SharedArchiveFile"))
                .doesNotContain("-Xshare:auto");
        List<List<String>> calls = calls();
        assertThat(calls).hasSize(3);
        assertThat(calls.get(1)).contains("-XX:AOTMode=record", "causal.cli.Training", "run")
                .anyMatch(a -> a.startsWith("-XX:AOTConfiguration=" + target.resolve(
                        "causal-java25.0.3-run-interpreter.aotconf.")))
                .doesNotContain("-Xshare:auto"); // the JVM refuses -Xshare with an AOT configuration
        assertThat(calls.get(2)).contains("-XX:AOTMode=create")
                .anyMatch(a -> a.startsWith("-XX:AOTCache=" + target.resolve("causal-java25.0.3-run-interpreter.aot.")));

        Path cache = Files.writeString(target.resolve("causal-java25.0.3-run-interpreter.aot"), "");
        olderThan(target.resolve("causal.jar"), cache);
        assertThat(jvmArguments(root.resolve("causal"), Map.of(), "run", script.toString()))
                .contains("-XX:AOTCache=" + cache).doesNotContain("-XX:AOTMode=record");
        assertThat(calls()).hasSize(4);
    }

    @Test
    void withoutRoomForTheTrainingCopyTheRunStillSucceeds() throws Exception {
        Path root = checkout();
        jvmArguments(root.resolve("causal"), Map.of("TMPDIR", dir.resolve("missing").toString()), "run",
                script("data d = csv(\"small.csv\")\n").toString());
        assertThat(calls()).hasSize(1);
    }

    @Test
    void withoutTheExamplesThereIsNoArchive() throws Exception {
        Path root = checkout();
        Files.delete(root.resolve("examples/one/one.causal"));
        Files.delete(root.resolve("examples/one"));
        Files.delete(root.resolve("examples"));
        jvmArguments(root.resolve("causal"), Map.of(), "run", script("data d = csv(\"small.csv\")\n").toString());
        assertThat(calls()).hasSize(1);
    }

    private static List<String> classPath(List<String> jvm) {
        return List.of(jvm.get(jvm.indexOf("-cp") + 1).split(":"));
    }
}

package causal.analysis;

import causal.data.DataException;
import causal.data.DataLocation;
import causal.syntax.Diagnostic;
import causal.syntax.DiagnosticCode;
import causal.syntax.SourceText;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What `causal check` refuses, and what it decides, from the script and the data headers alone. */
class CheckerTest {
    private static final List<String> LALONDE = List.of("treat", "age", "educ", "race", "married", "nodegree",
            "re74", "re75", "re78", "black", "hispan");

    /** Headers by file name; any other file is missing. */
    private static final SchemaProvider HEADERS = (Path file, String name) -> {
        List<String> columns = Map.of("lalonde.csv", LALONDE, "xyz.csv", List.of("X", "Y", "Z", "M", "A", "B"))
                .get(file.getFileName().toString());
        if (columns == null) {
            throw new DataException("file not found", DataLocation.file(name));
        }
        return columns;
    };

    private static Analysis check(String text) {
        return Analysis.of(new SourceText("t.causal", text), HEADERS);
    }

    private static List<Diagnostic> errors(String text) {
        return check(text).errors();
    }

    @Test
    void latentConfounderLeavesBackdoorOpenAndNamesThePath() {
        List<Diagnostic> errors = errors("""
                data wages = csv("lalonde.csv")
                dag g {
                  ability [latent]
                  ability -> educ
                  ability -> re78
                  educ -> re78
                }
                estimate ATE of educ on re78 in wages under g adjust by backdoor
                """);
        assertThat(errors).hasSize(1);
        Diagnostic d = errors.get(0);
        assertThat(d.code()).isEqualTo(DiagnosticCode.BACKDOOR_PATH_OPEN);
        assertThat(d.span().line()).isEqualTo(8);
        assertThat(d.notes()).contains("open path: educ <- ability -> re78 (ability is latent)");
    }

    @Test
    void aNodeThatIsNotAColumnIsUnobserved() {
        List<Diagnostic> errors = errors("""
                data nsw = csv("lalonde.csv")
                dag g { motivation -> treat  motivation -> re78  treat -> re78 }
                estimate ATE of treat on re78 in nsw under g
                """);
        assertThat(errors).singleElement().satisfies(d -> assertThat(d.notes())
                .contains("open path: treat <- motivation -> re78 (motivation is not a column of nsw)"));
    }

    @Test
    void theSmallestObservedSetIsChosenAndTheOthersListed() {
        Analysis a = check("""
                data nsw = csv("lalonde.csv")
                dag g {
                  age -> educ -> treat
                  age -> re78
                  educ -> re78
                  treat -> re78
                }
                estimate ATE of treat on re78 in nsw under g
                """);
        assertThat(a.errors()).isEmpty();
        EstimatePlan plan = a.estimates().values().iterator().next();
        assertThat(plan.adjustment()).containsExactly("educ");
        assertThat(plan.minimalSets()).containsExactly(List.of("educ"));
        assertThat(plan.estimator().keyword()).isEqualTo("ols");
    }

    @Test
    void aMediatorInTheUsersSetIsRefusedWithThePath() {
        List<Diagnostic> errors = errors("""
                data d = csv("xyz.csv")
                dag g { Z -> X -> M -> Y  Z -> Y }
                estimate ATE of X on Y in d under g adjust by {Z, M}
                """);
        assertThat(errors).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(DiagnosticCode.ADJUSTMENT_HAS_DESCENDANT);
            assertThat(d.message()).contains("'M'").contains("X -> M");
            assertThat(d.span().column()).isEqualTo("estimate ATE of X on Y in d under g adjust by {Z, ".length() + 1);
        });
    }

    @Test
    void adjustingForAColliderOpensThePathThroughIt() {
        List<Diagnostic> errors = errors("""
                data d = csv("xyz.csv")
                dag g { A -> X  A -> M <- B  B -> Y  X -> Y }
                estimate ATE of X on Y in d under g adjust by {M}
                """);
        assertThat(errors).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(DiagnosticCode.BACKDOOR_PATH_OPEN);
            assertThat(d.message()).contains("X <- A -> M <- B -> Y");
        });
    }

    @Test
    void aMisspeltColumnGetsADidYouMean() {
        List<Diagnostic> errors = errors("""
                data nsw = csv("lalonde.csv")
                dag g { age -> treat -> re79  age -> re79 }
                estimate ATT of treat on re79 in nsw under g using psm
                """);
        assertThat(errors).extracting(Diagnostic::code).contains(DiagnosticCode.UNKNOWN_COLUMN);
        assertThat(errors).anySatisfy(d -> assertThat(d.message()).contains("'re79'").contains("did you mean re74, re75 or re78?"));
    }

    @Test
    void theOneNearNameIsTheSuggestionAndSeveralAreNone() {
        List<Diagnostic> errors = errors("""
                data nsw = csv("lalonde.csv")
                dag g { age -> treat -> re79  age -> re79 }
                estimate ATT of treat on re79 in nsw under g using pms
                """);
        assertThat(errors).filteredOn(d -> d.code() == DiagnosticCode.UNKNOWN_ESTIMATOR).singleElement()
                .satisfies(d -> assertThat(d.suggestion()).contains("psm"));
        assertThat(errors).filteredOn(d -> d.code() == DiagnosticCode.UNKNOWN_COLUMN)
                .allSatisfy(d -> assertThat(d.suggestion()).isEmpty());
    }

    @Test
    void aRefusedAdjustmentSetSuggestsAValidOne() {
        List<Diagnostic> errors = errors("""
                data d = csv("xyz.csv")
                dag g { Z -> X -> M -> Y  Z -> Y }
                estimate ATE of X on Y in d under g adjust by {M}
                """);
        assertThat(errors).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(DiagnosticCode.ADJUSTMENT_HAS_DESCENDANT);
            assertThat(d.notes()).containsExactly("a valid set: {Z}");
            assertThat(d.suggestion()).contains("{Z}");
        });
    }

    @Test
    void aCycleIsReportedWithTheCycle() {
        List<Diagnostic> errors = errors("""
                dag loop {
                  a -> b -> c
                  c -> a
                }
                """);
        assertThat(errors).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(DiagnosticCode.DAG_CYCLE);
            assertThat(d.message()).contains("a -> b -> c -> a");
            assertThat(d.span().line()).isEqualTo(3);
        });
    }

    @Test
    void anEngineComesBeforeTheDataItReads() {
        List<Diagnostic> errors = errors("""
                data d = csv("xyz.csv")
                dag g { Z -> X -> Y }
                engine = spark("local[*]")
                """);
        assertThat(errors).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(DiagnosticCode.BAD_OPTION_VALUE);
            assertThat(d.message()).contains("engine must come before the data it reads");
        });
    }

    @Test
    void anEstimatorMustSupportTheEstimand() {
        List<Diagnostic> errors = errors("""
                data d = csv("xyz.csv")
                dag g { Z -> X -> Y  Z -> Y }
                estimate ATT of X on Y in d under g using ols
                """);
        assertThat(errors).extracting(Diagnostic::code).containsAnyOf(DiagnosticCode.ESTIMAND_NOT_SUPPORTED);
    }

    @Test
    void aMissingDataFileIsACheckError() {
        List<Diagnostic> errors = errors("data d = csv(\"nothing.csv\")\n");
        assertThat(errors).singleElement().satisfies(d -> assertThat(d.code())
                .isEqualTo(DiagnosticCode.DATA_FILE_MISSING));
    }

    /** A file: URL, as Spark users write paths, is the local file it names; other URLs are refused with the way out. */
    @Test
    void aFileUrlIsALocalPathAndRemoteUrlsAreRefusedWithTheReason() {
        assertThat(errors("data d = csv(\"file:///data/lalonde.csv\")\n")).isEmpty();
        assertThat(errors("data d = csv(\"file://localhost/data/lalonde.csv\")\n")).isEmpty();
        for (String url : List.of("hdfs://namenode:8020/data/lalonde.csv", "s3a://bucket/lalonde.csv")) {
            List<Diagnostic> errors = errors("data d = csv(\"" + url + "\")\n");
            assertThat(errors).singleElement().satisfies(d -> {
                assertThat(d.code()).isEqualTo(DiagnosticCode.DATA_ERROR);
                assertThat(d.message()).startsWith(url + " names remote storage (" + url.substring(0, url.indexOf(':')) + "); ")
                        .contains("Give the path where the storage is mounted");
                assertThat(d.span().column()).isEqualTo(10);
            });
        }
        assertThat(errors("data d = csv(\"file://server/share/lalonde.csv\")\n")).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("names a file on another host"));
        assertThat(ScriptPaths.remoteReason("C:/data/lalonde.csv")).as("a drive letter is no scheme").isEmpty();
        assertThat(errors("data d = csv(\"lalonde.csv\")\nexport d to \"s3a://bucket/out.csv\"\n")).singleElement()
                .satisfies(d -> assertThat(d.message()).startsWith("s3a://bucket/out.csv names remote storage (s3a)"));
        assertThat(ScriptPaths.resolve("/scripts/study.causal", "file:/data/x.csv")).isEqualTo(Path.of("/data/x.csv"));
        assertThat(ScriptPaths.resolve("/scripts/study.causal", "data/x.csv"))
                .isEqualTo(Path.of("/scripts/data/x.csv"));
    }

    @Test
    void adjustByNoneIsAllowedButWarned() {
        Analysis a = check("""
                data d = csv("xyz.csv")
                estimate ATE of X on Y in d adjust by none
                """);
        assertThat(a.errors()).isEmpty();
        assertThat(a.diagnostics()).extracting(Diagnostic::code).containsExactly(DiagnosticCode.NAIVE_CONTRAST);
        assertThat(a.estimates().values().iterator().next().naive()).isTrue();
    }

    @Test
    void aModelImpliesItsDagAndLatentVariablesAreUnobserved() {
        List<Diagnostic> errors = errors("""
                model m {
                  latent u ~ normal(0, 1)
                  x ~ bernoulli(logistic(u))
                  y = x + u + normal(0, 1)
                }
                dag g = dag of m
                data s = simulate m n 100 seed 1
                estimate ATE of x on y in s under g
                """);
        assertThat(errors).singleElement().satisfies(d -> assertThat(d.notes())
                .contains("open path: x <- u -> y (u is latent)"));
    }

    @Test
    void identifyFindsTheFrontDoorWhenTheBackdoorIsShut() {
        Analysis a = check("""
                dag tobacco {
                  genotype [latent]
                  genotype -> smoking
                  genotype -> cancer
                  smoking -> tar -> cancer
                }
                identify ATE of smoking on cancer under tobacco
                """);
        IdentifyPlan plan = a.identifications().values().iterator().next();
        assertThat(plan.backdoorSets()).isEmpty();
        assertThat(plan.openPath()).contains("smoking <- genotype -> cancer (genotype is latent)");
        assertThat(plan.frontdoorSets()).containsExactly(List.of("tar"));
        assertThat(plan.identifiable()).isTrue();
        assertThat(plan.formula()).contains("P(cancer | do(smoking)) = sum over tar of P(tar | smoking) sum over "
                + "smoking' of P(cancer | smoking', tar) P(smoking')");
    }

    @Test
    void identifyListsInstrumentsWithTheSetTheyNeed() {
        Analysis a = check("""
                dag g {
                  u [latent]
                  u -> x
                  u -> y
                  w -> z
                  w -> y
                  v -> x
                  z -> x -> y
                }
                identify ATE of x on y under g
                """);
        IdentifyPlan plan = a.identifications().values().iterator().next();
        assertThat(plan.instruments()).containsExactly(new causal.graph.Instrument("v", List.of()),
                new causal.graph.Instrument("z", List.of("w")));
        assertThat(plan.identifiable()).isFalse();
        assertThat(plan.formula()).isEmpty();
    }

    @Test
    void theFrontDoorStrategyTakesTheSmallestFrontDoorSet() {
        Analysis a = check("""
                data d = csv("xyz.csv")
                dag g {
                  U [latent]
                  U -> X
                  U -> Y
                  X -> M -> Y
                  X -> A -> Y
                }
                estimate ATE of X on Y in d under g adjust by frontdoor
                """);
        assertThat(a.errors()).isEmpty();
        EstimatePlan plan = a.estimates().values().iterator().next();
        assertThat(plan.strategy()).isEqualTo("frontdoor");
        assertThat(plan.adjustment()).containsExactly("A", "M");
        assertThat(plan.estimator().title()).contains("Front-door");
    }
}

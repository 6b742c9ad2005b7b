package causal.estimate;

import causal.data.CsvReader;
import causal.data.Table;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.data.Percentage;

/**
 * LaLonde's NSW data (Dehejia-Wahba treated with PSID controls, as shipped with R's MatchIt: 614 rows), from the
 * shared data folder, and the usual query on it.
 */
final class Lalonde {
    static final List<String> COVARIATES =
            List.of("age", "educ", "black", "hispan", "married", "nodegree", "re74", "re75");

    /** Agreement required with R's full-precision numbers: 1e-6 relative. */
    static final Percentage R_AGREEMENT = Percentage.withPercentage(1e-4);
    /** qnorm(0.975) in R, printed with digits = 17. */
    static final double Z975 = 1.959963984540054;

    private Lalonde() {
    }

    static Table table() {
        // The module's copy (byte-identical to ../shared/data/lalonde.csv), else the shared one.
        Path path = Path.of("src/test/resources/causal/data/lalonde.csv");
        if (!Files.exists(path)) {
            path = Path.of("../../shared/data/lalonde.csv");
        }
        return CsvReader.read(path, "lalonde.csv");
    }

    static EffectQuery query(Estimand estimand) {
        return new EffectQuery(estimand, "treat", "re78", COVARIATES, List.of());
    }
}

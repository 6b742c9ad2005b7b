package causal.panel;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Difference in differences on the shared store panel (resources/panel/stores_panel.csv, a copy of
 * shared/data/stores_panel.csv: 40 stores x 4 periods, stores with nj = 1 treated from period 2) and on a simulated
 * staggered panel (staggered.csv: 30 units x 8 periods, cohorts first treated in periods 3 and 5 and a never-treated
 * group). Reference values from stdlib/src/test/r/panel_reference.R (R 4.2.2, sandwich 3.0-2); clustered errors
 * there apply fixest's default ssc(adj = TRUE, fixef.K = "nested", cluster.adj = TRUE) to
 * vcovCL(type = "HC0", cadjust = TRUE), with K = slopes + periods.
 */
class DifferenceInDifferencesTest {
    private static final double REL = 1e-6;

    private final PanelFile stores = PanelFile.read("stores_panel.csv");
    private final double[] sales = stores.numbers("sales");
    private final Factor store = stores.factor("store");
    private final Factor period = Factor.fromValues("period", stores.integers("period"));
    private final DifferenceInDifferences storesDesign = DifferenceInDifferences.of(store, period,
            Indicator.of("nj", stores.integers("nj")), Indicator.of("post", postFrom(stores.integers("period"), 2)));

    private static int[] postFrom(int[] period, int start) {
        int[] post = new int[period.length];
        for (int i = 0; i < post.length; i++) {
            post[i] = period[i] >= start ? 1 : 0;
        }
        return post;
    }

    private static void assertRelClose(double expected, double actual) {
        assertThat(actual).isCloseTo(expected, within(Math.abs(expected) * REL));
    }

    @Test
    void twoWayFixedEffectsOnTheStorePanelIsTheConformanceValueAndTheDifferenceOfMeans() {
        DidEstimate did = storesDesign.twoWayFixedEffects("sales", sales);
        // Conformance value of the shared store panel (issue 6): ATT 8.260875; R: coef(lm(sales ~ D + store +
        // period))["D"] = 8.26087499999995
        assertThat(did.att().estimate()).isCloseTo(8.260875, within(1e-6));
        assertThat(did.att().estimate()).isCloseTo(did.twoByTwo().orElseThrow().estimate(), within(1e-9));
        assertThat(did.att().name()).isEqualTo("nj:post");
        // R: the four means by tapply(sales, list(nj, post), mean)
        TwoByTwo means = did.twoByTwo().orElseThrow();
        assertRelClose(30.4316225, means.treatedPost());
        assertRelClose(20.737085, means.treatedPre());
        assertRelClose(22.381585, means.controlPost());
        assertRelClose(20.9479225, means.controlPre());
        assertRelClose(8.260875, means.estimate());
        assertThat(did.adoption().staggered()).isFalse();
        assertThat(did.notes()).isEmpty();
    }

    @Test
    void theStorePanelsErrorsAreClusteredByStoreWithFixestsFactors() {
        DidEstimate did = storesDesign.twoWayFixedEffects("sales", sales);
        // R: sqrt(vcovCL(m, ~store, type = "HC0", cadjust = TRUE) * (n-1)/(n-5)) = 0.312625769225852 (K = 1 + 4)
        assertRelClose(0.312625769225852, did.att().stdError());
        assertThat(did.fit().standardErrors()).isEqualTo("clustered by store");
        // R: qt(0.975, 39) = 2.02269092003676: the interval uses t with G - 1 = 39 degrees of freedom, as fixest
        double q = 2.02269092003676;
        assertRelClose(8.26087499999995 - q * 0.312625769225852, did.att().low());
        assertRelClose(8.26087499999995 + q * 0.312625769225852, did.att().high());
    }

    @Test
    void classicalAndHeteroskedasticErrorsOnTheStorePanelMatchLm() {
        // R: summary(m)$coefficients["D", 2] = 0.328539427680982; sqrt(vcovHC(m, "HC1")["D", "D"]) = 0.32853942768098
        assertRelClose(0.328539427680982, storesDesign.twoWayFixedEffects("sales", sales, StandardErrors.classical(),
                FixedEffectsRegression.Options.DEFAULTS).att().stdError());
        assertRelClose(0.32853942768098, storesDesign.twoWayFixedEffects("sales", sales,
                StandardErrors.heteroskedastic(), FixedEffectsRegression.Options.DEFAULTS).att().stdError());
    }

    @Test
    void theStoreEventStudyHasALeadAndTwoLagsAroundTheReferencePeriod() {
        EventStudy study = storesDesign.eventStudy("sales", sales, EventStudy.Binning.NONE);
        assertThat(study.referencePeriod()).isEqualTo(-1);
        assertThat(study.eventTimes()).extracting(EventStudy.EventTime::eventTime).containsExactly(-2, 0, 1);
        // R: lm(sales ~ ev_m2 + ev_0 + ev_1 + store + period); clustered se with K = 3 + 4
        double[] estimates = {-0.0734549999999833, 8.13426500000004, 8.31403000000001};
        double[] errors = {0.550855561464764, 0.475621921639944, 0.431965558674412};
        double q = 2.02269092003676; // R: qt(0.975, 39)
        for (int j = 0; j < 3; j++) {
            EventStudy.EventTime e = study.eventTimes().get(j);
            assertThat(e.estimate()).isCloseTo(estimates[j], within(1e-6));
            assertRelClose(errors[j], e.stdError());
            assertRelClose(estimates[j] + q * errors[j], e.high());
        }
    }

    @Test
    void binningTheLagsAtZeroGivesOnePostCoefficient() {
        EventStudy study = storesDesign.eventStudy("sales", sales,
                new EventStudy.Binning(java.util.OptionalInt.empty(), java.util.OptionalInt.of(0)));
        assertThat(study.eventTimes()).extracting(EventStudy.EventTime::eventTime).containsExactly(-2, 0);
        assertThat(study.eventTimes().get(1).endpoint()).isTrue();
        // R: lm(sales ~ ev_m2 + ev_0plus + store + period): -0.073454999999978, 8.22414750000003; se of ev_0plus
        // with K = 2 + 4: 0.405131990546854
        assertThat(study.eventTimes().get(0).estimate()).isCloseTo(-0.073454999999978, within(1e-6));
        assertRelClose(8.22414750000003, study.eventTimes().get(1).estimate());
        assertRelClose(0.405131990546854, study.eventTimes().get(1).stdError());
    }

    private final PanelFile staggered = PanelFile.read("staggered.csv");
    private final Factor unit = Factor.fromValues("unit", staggered.integers("unit"));
    private final DifferenceInDifferences staggeredDesign = DifferenceInDifferences.of(unit,
            Factor.fromValues("period", staggered.integers("period")),
            Indicator.of("treated", staggered.integers("treated")), Indicator.of("post", staggered.integers("post")));

    @Test
    void staggeredAdoptionIsDetectedAndSaidSo() {
        Adoption adoption = staggeredDesign.adoption();
        assertThat(adoption.staggered()).isTrue();
        assertThat(adoption.cohorts()).containsExactly(new Adoption.Cohort(3, "period 3", 10),
                new Adoption.Cohort(5, "period 5", 10));
        assertThat(adoption.neverTreatedUnits()).isEqualTo(10);
        DidEstimate did = staggeredDesign.twoWayFixedEffects("y", staggered.numbers("y"));
        assertThat(did.notes()).anySatisfy(note -> assertThat(note)
                .startsWith("staggered adoption: treatment starts in 2 different periods, period 3 (10 units), "
                        + "period 5 (10 units)"));
        // R: lm(y ~ post + factor(unit) + factor(period)); clustered se with K = 1 + 8
        assertRelClose(1.6503237777138, did.att().estimate());
        assertRelClose(0.19318561556586, did.att().stdError());
        // post is 1 only for treated units here, so there are no control rows after treatment for a 2x2
        assertThat(did.twoByTwo()).isEmpty();
    }

    @Test
    void aBinnedEventStudyOnStaggeredCohortsMatchesLmWithBinnedDummies() {
        EventStudy study = staggeredDesign.eventStudy("y", staggered.numbers("y"), EventStudy.Binning.between(-3, 3));
        assertThat(study.eventTimes()).extracting(EventStudy.EventTime::eventTime)
                .containsExactly(-3, -2, 0, 1, 2, 3);
        assertThat(study.eventTimes()).extracting(EventStudy.EventTime::endpoint)
                .containsExactly(true, false, false, false, false, true);
        // R: lm(y ~ ev_m3 + ev_m2 + ev_0 + ev_1 + ev_2 + ev_3 + factor(unit) + factor(period)), event times clamped
        // to [-3, 3]; clustered by unit with K = 6 + 8
        double[] estimates = {0.083294732919115, -0.332415019853976, 1.03644912770338, 1.79509273181523,
                1.64929237289076, 3.16444847004119};
        double[] errors = {0.376989368560616, 0.420625875963518, 0.420243336928968, 0.347200763283397,
                0.422128646069506, 0.446706453770372};
        for (int j = 0; j < estimates.length; j++) {
            assertRelClose(estimates[j], study.eventTimes().get(j).estimate());
            assertRelClose(errors[j], study.eventTimes().get(j).stdError());
        }
        assertThat(study.notes()).anySatisfy(note -> assertThat(note).startsWith("staggered adoption"));
    }

    @Test
    void aPostFlagThatNeverVariesIsRefusedByName() {
        assertThatThrownBy(() -> DifferenceInDifferences.of(store, period, Indicator.of("nj", stores.integers("nj")),
                Indicator.of("post", new int[stores.rows()])))
                .isInstanceOf(PanelException.class)
                .hasMessage("post is 0 in every row: a difference in differences needs rows both before and after "
                        + "treatment");
    }

    @Test
    void aFlagThatIsNotZeroOrOneIsRefusedWithItsRow() {
        assertThatThrownBy(() -> Indicator.of("treated", new int[] {0, 1, 2}))
                .isInstanceOf(PanelException.class).hasMessage("treated must be 0 or 1, but row 3 has 2");
    }

    @Test
    void aTreatmentThatNeverSwitchesOnWithinAStoreIsAbsorbedByTheStoreEffects() {
        // the nj stores are "post" in every period, so treated x post is nj itself, constant within each store
        int[] nj = stores.integers("nj");
        int[] post = postFrom(stores.integers("period"), 2);
        for (int i = 0; i < post.length; i++) {
            post[i] = nj[i] == 1 ? 1 : post[i];
        }
        DifferenceInDifferences alwaysTreated = DifferenceInDifferences.of(store, period, Indicator.of("nj", nj),
                Indicator.of("post", post));
        assertThatThrownBy(() -> alwaysTreated.twoWayFixedEffects("sales", sales))
                .isInstanceOf(PanelException.class)
                .hasMessage("nj:post is constant within each store, so the store fixed effects absorb it and its "
                        + "coefficient cannot be estimated");
    }

    @Test
    void aTreatedFlagThatNeverVariesIsRefusedByName() {
        int[] everyone = new int[stores.rows()];
        java.util.Arrays.fill(everyone, 1);
        assertThatThrownBy(() -> DifferenceInDifferences.of(store, period, Indicator.of("treated", everyone),
                Indicator.of("post", postFrom(stores.integers("period"), 2))))
                .isInstanceOf(PanelException.class)
                .hasMessage("treated is 1 in every row: a difference in differences needs both treated and control "
                        + "rows");
    }

    @Test
    void anEventStudyNeedsTheReferencePeriod() {
        // the nj stores are treated from period 0, the first period, so none is seen at event time -1
        int[] postFromStart = postFrom(stores.integers("period"), 0);
        int[] notPostForControls = new int[stores.rows()];
        int[] nj = stores.integers("nj");
        for (int i = 0; i < nj.length; i++) {
            notPostForControls[i] = nj[i] == 1 ? postFromStart[i] : stores.integers("period")[i] >= 2 ? 1 : 0;
        }
        DifferenceInDifferences fromTheStart = DifferenceInDifferences.of(store, period, Indicator.of("nj", nj),
                Indicator.of("post", notPostForControls));
        assertThatThrownBy(() -> fromTheStart.eventStudy("sales", sales, EventStudy.Binning.NONE))
                .isInstanceOf(PanelException.class).hasMessageContaining("event time -1");
    }
}

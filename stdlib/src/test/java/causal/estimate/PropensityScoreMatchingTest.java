package causal.estimate;

import causal.options.OptionValue;
import static causal.estimate.Lalonde.R_AGREEMENT;
import static org.assertj.core.api.Assertions.assertThat;

import causal.data.Table;
import causal.learn.DesignMatrix;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * Matching on LaLonde against MatchIt 4.5.5, {@code m <- matchit(treat ~ age + educ + race + married + nodegree +
 * re74 + re75, data = lalonde, method = "nearest", distance = "glm", ...)}, as run by
 * {@code stdlib/src/test/r/lalonde_reference.R} (R 4.2.2, sandwich 3.0.2, lmtest 0.9.40; MatchIt 4.5.1 with its
 * matcher compiled from MatchIt 4.5.5's {@code src/nn_matchC_vec.cpp}, git 4cf6854, which gives the issue's
 * 113/113 and 1362.18167831858). Estimates are {@code coef(fit <- lm(re78 ~ treat, data = match.data(m),
 * weights = weights))["treat"]}; errors {@code coeftest(fit, vcov. = vcovCL, cluster = ~subclass)}, or
 * {@code vcovHC(fit, type = "HC3")} with replacement.
 */
class PropensityScoreMatchingTest {
    private static final Table LALONDE = Lalonde.table();
    private static final OptionValue REGRESSION = new OptionValue.Word("regression");
    private static final List<String> WITH_RACE =
            List.of("age", "educ", "race", "married", "nodegree", "re74", "re75");

    /** m$match.matrix for caliper = 0.05, std.caliper = FALSE: focal row:matched row, 1-based. */
    private static final String CALIPER_LARGEST = """
            2:296 4:515 5:441 6:553 7:295 8:416 9:559 10:529 11:561 14:281 16:566 18:454 19:530 20:342 21:586
            22:415 23:367 25:374 28:321 29:560 32:402 33:233 34:344 35:522 36:372 38:541 39:209 40:601 42:460
            44:436 45:319 50:463 54:520 58:226 60:580 62:558 64:343 65:565 66:193 67:364 68:299 69:190 72:591
            75:552 76:569 78:537 79:381 80:585 83:527 87:526 88:584 89:323 90:376 95:303 96:361 97:254 98:593
            99:557 100:373 101:511 105:325 106:577 109:574 110:478 111:518 112:216 114:403 115:516 116:575
            119:438 122:451 124:218 125:280 126:423 129:556 130:555 131:604 132:597 133:476 137:294 138:419
            139:279 140:261 142:212 143:200 144:540 145:390 147:572 151:608 152:539 154:413 156:191 157:453
            159:596 160:571 162:284 163:244 164:573 166:362 167:345 171:462 172:269 173:285 174:358 175:445
            176:411 177:459 179:550 180:613 181:424 182:405 183:283 185:583
            """;
    /** The same with m.order = "smallest". */
    private static final String CALIPER_SMALLEST = """
            1:453 2:296 3:586 5:372 6:608 10:294 11:364 13:557 14:520 15:537 17:559 18:411 20:591 22:312 23:367
            26:553 28:321 32:441 33:558 34:566 35:325 37:463 38:283 39:476 41:454 42:460 43:438 44:436 46:571
            47:451 49:295 52:530 54:319 55:200 58:613 59:583 60:569 61:358 65:402 68:299 69:190 71:381 73:604
            74:462 76:362 77:403 82:555 83:527 84:574 85:552 87:526 89:323 90:577 94:511 96:361 97:584 99:303
            100:373 107:416 110:413 112:216 113:593 115:493 116:575 117:374 118:601 120:522 123:515 124:218
            125:280 126:233 128:344 129:556 131:585 133:419 134:281 135:561 137:529 138:573 139:423 140:543
            142:541 143:597 145:390 149:193 150:596 152:279 153:540 154:572 156:518 158:376 162:539 163:516
            165:342 166:285 167:345 168:560 169:254 172:244 173:415 175:445 177:580 179:550 180:269 181:424
            182:261 183:565 184:209 185:343
            """;
    /** The same with estimand = "ATC" (controls are the focal rows; m.order defaults to "smallest"). */
    private static final String CALIPER_ATC = """
            190:38 191:139 193:3 200:50 209:126 212:152 221:89 225:125 226:172 231:180 233:37 236:129 244:69
            251:28 254:1 259:145 261:87 269:163 279:184 281:65 282:58 283:183 288:83 293:44 295:15 303:8 308:137
            319:161 325:138 342:155 343:40 344:46 350:179 354:10 358:160 363:42 364:101 366:68 372:146 374:150
            376:113 381:106 384:181 391:177 402:49 403:123 411:36 413:39 416:105 419:35 423:110 438:97 441:77
            445:115 451:147 453:48 454:185 462:70 463:59 473:173 476:120 478:134 481:124 486:116 493:162 495:96
            510:76 511:11 512:2 514:140 515:57 516:142 518:128 520:32 521:60 522:55 526:100 527:182 530:170
            537:118 540:108 543:112 552:25 553:13 555:85 557:78 558:34 559:104 560:131 561:61 562:166 565:156
            566:12 571:153 572:82 573:171 574:53 577:92 581:23 582:22 583:47 584:18 585:71 586:56 591:19 592:167
            593:90 596:130 597:45 601:62 604:168 608:121 613:175
            """;

    private static Estimate psm(Map<String, OptionValue> options, Estimand estimand) {
        return Estimators.find("psm").orElseThrow().create(options).estimate(LALONDE, Lalonde.query(estimand));
    }

    private static OptionValue number(double value) {
        return new OptionValue.Number(value);
    }

    /** Our pairs as "focal:matched" with 1-based rows, focal rows in data order, as MatchIt prints them. */
    private static String pairs(double focalValue, boolean largestFirst) {
        double[] t = new double[LALONDE.rowCount()];
        for (int i = 0; i < t.length; i++) {
            t[i] = LALONDE.column("treat").numeric(i);
        }
        double[] e = PropensityScore.fit(DesignMatrix.of(LALONDE, Lalonde.COVARIATES), t);
        boolean[] focal = new boolean[t.length];
        List<Integer> focalRows = new ArrayList<>();
        for (int i = 0; i < t.length; i++) {
            focal[i] = t[i] == focalValue;
            if (focal[i]) {
                focalRows.add(i);
            }
        }
        int[] rows = focalRows.stream().mapToInt(Integer::intValue).toArray();
        int[] order = largestFirst ? StableOrder.descending(rows, e) : StableOrder.ascending(rows, e);
        int[] matches = NearestNeighbourMatching.match(e, focal, order, 1, false, OptionalDouble.of(0.05));
        String[] byRow = new String[t.length];
        for (int k = 0; k < order.length; k++) {
            if (matches[k] >= 0) {
                byRow[order[k]] = (order[k] + 1) + ":" + (matches[k] + 1);
            }
        }
        List<String> out = new ArrayList<>();
        for (String pair : byRow) {
            if (pair != null) {
                out.add(pair);
            }
        }
        return String.join(" ", out);
    }

    private static String normalized(String text) {
        return String.join(" ", text.trim().split("\\s+"));
    }

    @Test
    void caliperSelectsMatchItsMatchedPairs() {
        assertThat(pairs(1.0, true)).isEqualTo(normalized(CALIPER_LARGEST));
        assertThat(pairs(1.0, false)).isEqualTo(normalized(CALIPER_SMALLEST));
        assertThat(pairs(0.0, false)).isEqualTo(normalized(CALIPER_ATC));
    }

    @Test
    void caliperResultMatchesTheIssueAndMatchIt() {
        Estimate e = psm(Map.of("caliper", number(0.05)), Estimand.ATT);
        // Issue 3: 113 treated matched to 113 controls, ATT 1362.18167831858
        assertThat(e.value()).isCloseTo(1362.18167831858, R_AGREEMENT);
        assertThat(e.statistics()).containsEntry("matched_treated", 113.0).containsEntry("matched_controls", 113.0)
                .containsEntry("unmatched_treated", 72.0);
        // coeftest(fit, vcov. = vcovCL, cluster = ~subclass)["treat", ]; coefci(fit, vcov. = vcovCL(...))
        assertThat(e.stdError()).isCloseTo(973.145045831992206, R_AGREEMENT);
        assertThat(e.pValue()).isCloseTo(0.162964859528406, R_AGREEMENT);
        assertThat(e.ciLow()).isCloseTo(-555.508615740394, R_AGREEMENT);
        assertThat(e.ciHigh()).isCloseTo(3279.871972377575, R_AGREEMENT);
        assertThat(e.notes()).singleElement().asString().startsWith("72 of 185 treated rows found no match");
    }

    @Test
    void raceAsOneCategoricalColumnGivesTheSameMatches() {
        // R: max(abs(fitted(ps_race) - fitted(ps_fit))) = 2.05e-15 with race as a factor
        Estimate e = Estimators.find("psm").orElseThrow().create(Map.of("caliper", number(0.05)))
                .estimate(LALONDE, new EffectQuery(Estimand.ATT, "treat", "re78", WITH_RACE, List.of()));
        assertThat(e.value()).isCloseTo(1362.18167831858, R_AGREEMENT);
        assertThat(e.statistics()).containsEntry("matched_treated", 113.0);
    }

    @Test
    void withoutCaliperEveryTreatedRowIsMatched() {
        Estimate e = psm(Map.of(), Estimand.ATT);
        assertThat(e.value()).isCloseTo(894.367480270274, R_AGREEMENT);
        assertThat(e.stdError()).isCloseTo(705.229764061617743, R_AGREEMENT);
        assertThat(e.ciLow()).isCloseTo(-492.418378243818, R_AGREEMENT);
        assertThat(e.statistics()).containsEntry("matched_treated", 185.0).containsEntry("matched_controls", 185.0)
                .containsEntry("unmatched_treated", 0.0);
        assertThat(e.notes()).isEmpty();
    }

    @Test
    void smallestFirstOrderMatchesMatchIt() {
        // m.order = "smallest", caliper = 0.05: 109 pairs
        Estimate e = psm(Map.of("caliper", number(0.05), "order", new OptionValue.Word("smallest")), Estimand.ATT);
        assertThat(e.value()).isCloseTo(2097.68196651376, R_AGREEMENT);
        assertThat(e.stdError()).isCloseTo(870.8825900368120756, R_AGREEMENT);
        assertThat(e.statistics()).containsEntry("matched_treated", 109.0);
    }

    @Test
    void aRandomOrderIsFixedByItsSeedAndChangesWithIt() {
        // Greedy matching within a caliper depends on the order treated rows choose in: a seed fixes the order.
        Estimate first = psm(Map.of("caliper", number(0.05), "order", new OptionValue.Word("random"),
                "seed", number(7)), Estimand.ATT);
        Estimate again = psm(Map.of("caliper", number(0.05), "order", new OptionValue.Word("random"),
                "seed", number(7)), Estimand.ATT);
        assertThat(again.value()).isEqualTo(first.value());
        boolean anotherSeedDiffers = false;
        for (int seed = 8; seed < 20 && !anotherSeedDiffers; seed++) {
            anotherSeedDiffers = psm(Map.of("caliper", number(0.05), "order", new OptionValue.Word("random"),
                    "seed", number(seed)), Estimand.ATT).value() != first.value();
        }
        assertThat(anotherSeedDiffers).as("some other seed gives another matched set").isTrue();
    }

    @Test
    void withReplacementUsesMatchingWeightsAndHc3() {
        // replace = TRUE: 185 treated, 82 distinct controls; sqrt(vcovHC(fit, type = "HC3")["treat", "treat"])
        Estimate e = psm(Map.of("replace", new OptionValue.Bool(true), "se", REGRESSION), Estimand.ATT);
        assertThat(e.value()).isCloseTo(1991.61527351352, R_AGREEMENT);
        assertThat(e.stdError()).isCloseTo(942.819702456908, R_AGREEMENT);
        assertThat(e.statistics()).containsEntry("matched_treated", 185.0).containsEntry("matched_controls", 82.0);
        // replace = TRUE, caliper = 0.05: 184 treated (row 178 unmatched), 82 controls
        Estimate caliper = psm(Map.of("replace", new OptionValue.Bool(true), "caliper", number(0.05), "se", REGRESSION),
                Estimand.ATT);
        assertThat(caliper.value()).isCloseTo(1998.16879130435, R_AGREEMENT);
        assertThat(caliper.stdError()).isCloseTo(947.521009185839, R_AGREEMENT);
        assertThat(caliper.statistics()).containsEntry("matched_treated", 184.0).containsEntry("unmatched_treated", 1.0);
    }

    /**
     * With replacement the default error is Abadie and Imbens' (2006), as R's Matching 4.10-8 computes it:
     * {@code Match(Y, Tr, X = ps, estimand, M, replace = TRUE, ties = TRUE, distance.tolerance = 0)$se} on a
     * simulated set without tied scores ({@code stdlib/src/test/r/abadie_imbens_reference.R}).
     */
    @Test
    void withReplacementTheErrorIsAbadieImbensAsMatchingComputesIt() {
        Table data = causal.data.CsvReader.read(java.nio.file.Path.of("src/test/resources/causal/estimate/"
                + "matching_ties_free.csv"), "matching_ties_free");
        double[][] matching = {{1.84223845355229, 0.198472376240073}, {1.93498412849149, 0.174461329405609},
                {2.12267888367461, 0.217876832159671}};
        Estimand[] estimands = {Estimand.ATT, Estimand.ATT, Estimand.ATC};
        int[] ratios = {1, 2, 1};
        for (int k = 0; k < 3; k++) {
            Estimate e = Estimators.find("psm").orElseThrow()
                    .create(Map.of("replace", new OptionValue.Bool(true), "ratio", number(ratios[k])))
                    .estimate(data, new EffectQuery(estimands[k], "t", "y", List.of("x1", "x2"), List.of()));
            assertThat(e.value()).isCloseTo(matching[k][0], R_AGREEMENT);
            assertThat(e.stdError()).isCloseTo(matching[k][1], R_AGREEMENT);
            assertThat(e.ciHigh()).isCloseTo(matching[k][0] + Lalonde.Z975 * matching[k][1], R_AGREEMENT);
            assertThat(e.statistics()).doesNotContainKey("df_residual");
        }
    }

    @Test
    void abadieImbensWithoutReplacementIsTheSpreadOfPairDifferences() {
        // Each control serves one pair, so the reuse term vanishes: V = Σ (D_i − τ)² / N², D_i the pair difference
        Estimate e = psm(Map.of("se", new OptionValue.Word("abadie_imbens")), Estimand.ATT);
        Estimate regression = psm(Map.of(), Estimand.ATT);
        assertThat(e.value()).isEqualTo(regression.value());
        assertThat(e.stdError()).isCloseTo(regression.stdError(), org.assertj.core.data.Percentage.withPercentage(2));
    }

    @Test
    void twoControlsPerTreatedRowMatchMatchIt() {
        // ratio = 2: 185 treated, 370 controls
        Estimate e = psm(Map.of("ratio", number(2)), Estimand.ATT);
        assertThat(e.value()).isCloseTo(220.288640675677, R_AGREEMENT);
        assertThat(e.stdError()).isCloseTo(661.191009876752219, R_AGREEMENT);
        assertThat(e.statistics()).containsEntry("matched_controls", 370.0);
    }

    @Test
    void atcMatchesTreatedRowsToControls() {
        // estimand = "ATC", caliper = 0.05: 113 controls matched to 113 treated
        Estimate e = psm(Map.of("caliper", number(0.05)), Estimand.ATC);
        assertThat(e.value()).isCloseTo(342.52171725664, R_AGREEMENT);
        assertThat(e.stdError()).isCloseTo(800.138485043790979, R_AGREEMENT);
        assertThat(e.statistics()).containsEntry("matched_controls", 113.0).containsEntry("matched_treated", 113.0);
        // summary(m)$sum.matched[, "Std. Mean Diff."] for age and re74 (control-group standard deviation)
        assertThat(smd(e, "age", false)).isCloseTo(-0.0336371122552686, R_AGREEMENT);
        assertThat(smd(e, "re74", false)).isCloseTo(-0.1469537554735652, R_AGREEMENT);
    }

    @Test
    void balanceTableHasMatchItsStandardizedMeanDifferences() {
        Estimate e = psm(Map.of("caliper", number(0.05)), Estimand.ATT);
        // summary(m)$sum.all and $sum.matched, column "Std. Mean Diff." (treated SD of the full sample;
        // sqrt(p(1-p)) for binary covariates), for age, educ, black (race), hispan, married, nodegree, re74, re75
        String[] names = {"age", "educ", "black", "hispan", "married", "nodegree", "re74", "re75"};
        double[] before = {-0.3094452619979815, 0.0549646613888354, 1.7615418898154271, -0.3498425415984217,
            -0.8263092723407163, 0.2449702322720187, -0.7210838090718685, -0.2902629111854572};
        double[] after = {0.00989465680777062, -0.07042145689081870, 0.04868127928684067, -0.03742159706339003,
            -0.15816546891121219, 0.19465284568759300, -0.01753350396657748, -0.03510386261641021};
        for (int j = 0; j < names.length; j++) {
            assertThat(smd(e, names[j], true)).as(names[j]).isCloseTo(before[j], R_AGREEMENT);
            assertThat(smd(e, names[j], false)).as(names[j]).isCloseTo(after[j], R_AGREEMENT);
        }
    }

    private static double smd(Estimate e, String covariate, boolean before) {
        BalanceTable.Row row = e.balance().orElseThrow().rows().stream()
                .filter(r -> r.covariate().equals(covariate)).findFirst().orElseThrow();
        return before ? row.smdBefore() : row.smdAfter();
    }
}

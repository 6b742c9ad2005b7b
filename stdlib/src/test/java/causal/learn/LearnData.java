package causal.learn;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A data set of {@code src/test/resources/learn/}: feature columns, then the target in the last column. The files
 * were written by R with 17 significant digits (see the README there), so R, Python and these tests read the same
 * numbers.
 */
final class LearnData {
    final double[][] features;
    final double[] target;

    private LearnData(double[][] features, double[] target) {
        this.features = features;
        this.target = target;
    }

    static LearnData load(String name) {
        List<double[]> rows = new ArrayList<>();
        try (InputStream in = LearnData.class.getResourceAsStream("/learn/" + name + ".csv");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] cells = line.split(",");
                double[] row = new double[cells.length];
                for (int j = 0; j < cells.length; j++) {
                    row[j] = Double.parseDouble(cells[j]);
                }
                rows.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int p = rows.get(0).length - 1;
        double[][] features = new double[p][rows.size()];
        double[] target = new double[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            for (int j = 0; j < p; j++) {
                features[j][i] = rows.get(i)[j];
            }
            target[i] = rows.get(i)[p];
        }
        return new LearnData(features, target);
    }

    int rows() {
        return target.length;
    }

    /** Out-of-sample R²: {@code 1 - Σ (y - ŷ)² / Σ (y - ȳ)²}, scikit-learn's {@code r2_score}. */
    static double rSquared(double[] y, double[] predicted) {
        double mean = 0;
        for (double v : y) {
            mean += v / y.length;
        }
        double residual = 0;
        double total = 0;
        for (int i = 0; i < y.length; i++) {
            residual += (y[i] - predicted[i]) * (y[i] - predicted[i]);
            total += (y[i] - mean) * (y[i] - mean);
        }
        return 1 - residual / total;
    }

    /**
     * The area under the ROC curve, as the Mann-Whitney probability that a random 1 scores above a random 0 (ties
     * count one half), scikit-learn's {@code roc_auc_score}. Quadratic, which is fine for test sets.
     */
    static double auc(double[] y, double[] score) {
        double wins = 0;
        long pairs = 0;
        for (int i = 0; i < y.length; i++) {
            if (y[i] != 1) {
                continue;
            }
            for (int j = 0; j < y.length; j++) {
                if (y[j] == 0) {
                    pairs++;
                    wins += score[i] > score[j] ? 1 : score[i] == score[j] ? 0.5 : 0;
                }
            }
        }
        return wins / pairs;
    }
}

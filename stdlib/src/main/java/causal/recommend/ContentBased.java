package causal.recommend;

import java.util.Arrays;

/**
 * The {@code content} recommender: items as TF-IDF vectors of their text ({@link TfIdf}, scikit-learn's
 * TfidfVectorizer defaults, over the items of the interaction data), a user as the profile
 * {@code Σ_{j ∈ I_u} r_uj v_j} of the items they have (weighted by rating or event strength), and the score of an
 * item the cosine between the profile and its vector. Items without text score 0, as do all items for a user
 * without interactions. Needs no other user's data, so an item with a single interaction ranks as well as a
 * popular one; the catalogue is still the items of the interaction data.
 */
public final class ContentBased implements Recommender {
    private final ItemTexts texts;

    public ContentBased(ItemTexts texts) {
        this.texts = texts;
    }

    @Override
    public TrainedRecommender fit(Interactions data) {
        String[] documents = new String[data.itemCount()];
        int withText = 0;
        for (int i = 0; i < documents.length; i++) {
            documents[i] = texts.text(data.items().key(i)).orElse(null);
            withText += documents[i] == null ? 0 : 1;
        }
        if (withText == 0) {
            throw new RecommenderException("content found no text for any of the " + data.itemCount()
                    + " items; the item texts must use the same item ids as the interactions");
        }
        SparseRows itemVectors = TfIdf.vectors(documents);
        return new Trained(data, itemVectors, itemVectors.transpose(termCount(itemVectors)));
    }

    private static int termCount(SparseRows vectors) {
        int max = -1;
        for (int p = 0; p < vectors.size(); p++) {
            max = Math.max(max, vectors.column(p));
        }
        return max + 1;
    }

    private static final class Trained implements TrainedRecommender {
        private final Interactions training;
        private final SparseRows itemVectors;
        private final SparseRows termItems;

        Trained(Interactions training, SparseRows itemVectors, SparseRows termItems) {
            this.training = training;
            this.itemVectors = itemVectors;
            this.termItems = termItems;
        }

        @Override
        public String method() {
            return "content";
        }

        @Override
        public Interactions training() {
            return training;
        }

        @Override
        public double score(int user, int item) {
            double[] profile = profile(user);
            double norm = norm(profile);
            if (norm == 0) {
                return 0;
            }
            double dot = 0;
            for (int p = itemVectors.start(item); p < itemVectors.end(item); p++) {
                dot += profile[itemVectors.columns[p]] * itemVectors.values[p];
            }
            return dot / norm;
        }

        @Override
        public void scores(int user, double[] into) {
            Arrays.fill(into, 0);
            double[] profile = profile(user);
            double norm = norm(profile);
            if (norm == 0) {
                return;
            }
            // Through the inverted index: only items sharing a term with the profile are touched. Each item's terms
            // arrive in increasing order, as in score(), so both give the same sums.
            for (int t = 0; t < profile.length; t++) {
                if (profile[t] != 0) {
                    for (int p = termItems.start(t); p < termItems.end(t); p++) {
                        into[termItems.columns[p]] += profile[t] * termItems.values[p];
                    }
                }
            }
            for (int i = 0; i < into.length; i++) {
                into[i] /= norm;
            }
        }

        /** The user's profile over all terms, dense (a vocabulary, not a catalogue, long). */
        private double[] profile(int user) {
            double[] profile = new double[termItems.rowCount()];
            SparseRows byUser = training.byUser();
            for (int q = byUser.start(user); q < byUser.end(user); q++) {
                int j = byUser.columns[q];
                for (int p = itemVectors.start(j); p < itemVectors.end(j); p++) {
                    profile[itemVectors.columns[p]] += byUser.values[q] * itemVectors.values[p];
                }
            }
            return profile;
        }

        private static double norm(double[] v) {
            double s = 0;
            for (double x : v) {
                s += x * x;
            }
            return Math.sqrt(s);
        }
    }
}

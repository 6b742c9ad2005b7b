package causal.uplift;

/** Which rows {@code target tau …} selects: {@code top 20%} or {@code where cate > cost}. */
public sealed interface TargetRule permits TargetRule.TopShare, TargetRule.AboveCost {

    /** The rule as a script writes it. */
    String text();

    /**
     * The {@code ⌊share · n⌋} rows of highest predicted effect, {@code share} in {@code (0, 1]} (scikit-uplift's
     * {@code uplift_at_k} count); ties at the cut are taken in row order.
     */
    record TopShare(double share) implements TargetRule {
        /** @throws UpliftOptionException naming {@code share} when it is not in {@code (0, 1]} */
        public TopShare {
            Checks.share(share, 0, 1, true, "share");
        }

        @Override
        public String text() {
            double percent = share * 100;
            return "top " + (percent == Math.rint(percent) ? Long.toString((long) percent) : Double.toString(percent))
                    + "%";
        }
    }

    /** The rows whose predicted effect exceeds {@code cost}: treating them pays in expectation. */
    record AboveCost(double cost) implements TargetRule {
        /** @throws UpliftOptionException naming {@code cost} when it is not finite */
        public AboveCost {
            Checks.finiteOption(cost, "cost");
        }

        @Override
        public String text() {
            return "where cate > " + cost;
        }
    }
}

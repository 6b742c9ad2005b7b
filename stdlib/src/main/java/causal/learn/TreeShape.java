package causal.learn;

/**
 * How a {@link TreeGrower} grows a tree: the features tried per split ({@code mtry}), the least total weight of a
 * leaf (a row counts as many times as it was drawn), and the greatest depth ({@link Integer#MAX_VALUE}: no limit).
 */
record TreeShape(int mtry, int minLeaf, int maxDepth) {
}

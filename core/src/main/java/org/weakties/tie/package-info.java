/**
 * Tie strength per edge: structural measures in one pass ({@link
 * org.weakties.tie.StructuralTieMeasures}: embeddedness, neighborhood overlap, Jaccard, Adamic-Adar,
 * resource allocation, weighted overlap), {@link org.weakties.tie.Dispersion}, interaction measures
 * ({@link org.weakties.tie.InteractionIntensity}, {@link org.weakties.tie.Recency}), the composite
 * {@link org.weakties.tie.CompositeTieStrength}, strong/weak labels ({@link
 * org.weakties.tie.TieClassification}) and the {@link org.weakties.tie.StrongTriadicClosure} check,
 * plus {@link org.weakties.tie.EdgeLookup} (edge id from two labels) and {@link
 * org.weakties.tie.EdgeOrientation} (direction-dependent columns oriented like the input rows).
 *
 * <p>Naming: "embeddedness" is the raw number of common neighbours (Easley and Kleinberg; Rajkumar et
 * al.'s "mutual connections"), "overlap" is Onnela et al.'s ratio, equal to Easley and Kleinberg's
 * neighborhood overlap, and "jaccard" is NetworkX's {@code jaccard_coefficient}, which differs from
 * the overlap on adjacent pairs.
 *
 * <p>Every algorithm is a stateless class with a static {@code compute}/{@code check} method returning
 * an immutable result indexed by edge id (or node id) that holds no graph and exports a {@link
 * org.weakties.graph.ScoreTable} with the column names of the {@code ties} command.
 *
 * <p>May import: {@code org.weakties.graph}, {@code org.weakties.exec}, {@code org.weakties.internal}
 * and the JDK. Used by {@code org.weakties.reach} and later packages.
 */
package org.weakties.tie;

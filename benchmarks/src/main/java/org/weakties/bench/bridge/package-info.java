/**
 * JMH benchmarks of global bridges (weakties' iterative DFS against JGraphT's recursive {@code
 * BiconnectivityInspector}), local bridges with span, and edge betweenness (exact against JGraphT's
 * {@code EdgeBetweennessCentrality}, and sampled).
 *
 * <p>May import: {@code org.weakties.bench}, {@code org.weakties.graph}, {@code org.weakties.bridge},
 * JGraphT and JMH.
 */
package org.weakties.bench.bridge;

/**
 * JMH benchmark of structural tie strength (all edges) and clustering, weakties against JGraphT's
 * link-prediction classes and clustering coefficient.
 *
 * <p>May import: {@code org.weakties.bench}, {@code org.weakties.graph}, {@code org.weakties.tie},
 * JGraphT and JMH.
 */
package org.weakties.bench.tie;

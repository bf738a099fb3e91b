/**
 * JMH benchmarks of building a graph from arrays and loading an edge-list file, weakties against
 * JGraphT's {@code SimpleWeightedGraph}.
 *
 * <p>May import: {@code org.weakties.bench}, {@code org.weakties.graph}, {@code org.weakties.io},
 * JGraphT and JMH.
 */
package org.weakties.bench.graph;

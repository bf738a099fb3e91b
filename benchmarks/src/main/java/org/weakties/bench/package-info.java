/**
 * Shared fixtures of the JMH suite: the cached benchmark social networks ({@link
 * org.weakties.bench.BenchGraphs}), their JGraphT copies and the large-stack runner for JGraphT's
 * recursive algorithms ({@link org.weakties.bench.JGraphTGraphs}), and the implementation names
 * used as JMH parameters ({@link org.weakties.bench.Impl}).
 *
 * <p>The sub-packages hold one JMH class per algorithm family ({@code graph}, {@code generate},
 * {@code tie}, {@code reach}, {@code bridge}, {@code holes}, {@code percolation}, {@code curve}),
 * the side-by-side peer entry point ({@code peers}) and the 10M-node scale run ({@code scale}).
 *
 * <p>May import: every package of {@code org.weakties} that core exports, JGraphT and JMH.
 */
package org.weakties.bench;

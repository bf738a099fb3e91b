/**
 * JMH benchmark of tie-removal percolation experiments.
 *
 * <p>May import: {@code org.weakties.bench}, {@code org.weakties.graph}, {@code
 * org.weakties.percolation} and JMH.
 */
package org.weakties.bench.percolation;

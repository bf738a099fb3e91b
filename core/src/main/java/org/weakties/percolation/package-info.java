/**
 * Tie-removal (percolation) experiments in the manner of Onnela et al. (2007):
 * {@link org.weakties.percolation.Percolation} removes edges in the order of any per-edge score (weak
 * first, strong first) or at random, and records the giant-component fraction and the susceptibility
 * at each removed fraction, with the critical fraction where the susceptibility peaks.
 *
 * <p>Scores come from the caller as a {@code double[]} by edge id (weights, overlap, any tie-strength
 * measure), so this package depends on no measure package.
 *
 * <p>May import: {@code org.weakties.graph}, {@code org.weakties.exec}, {@code org.weakties.internal}
 * and the JDK.
 */
package org.weakties.percolation;

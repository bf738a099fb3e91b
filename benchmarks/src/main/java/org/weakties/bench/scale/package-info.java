/**
 * The scale run: one full analysis of a 10M-node / 100M-edge network with the time and memory of
 * each step ({@link org.weakties.bench.scale.ScaleRun}), run by hand.
 *
 * <p>May import: {@code org.weakties.bench} and every exported package of core.
 */
package org.weakties.bench.scale;

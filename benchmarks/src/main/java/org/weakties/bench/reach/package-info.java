/**
 * JMH benchmark of exact and HyperBall two-hop reach.
 *
 * <p>May import: {@code org.weakties.bench}, {@code org.weakties.graph}, {@code org.weakties.reach}
 * and JMH.
 */
package org.weakties.bench.reach;

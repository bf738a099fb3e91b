/**
 * Friends-of-friends reach: exact k-hop ball sizes of every node ({@link
 * org.weakties.reach.KHopReach}), reach split by the class of the tie it goes through and the unique
 * reach of every tie ({@link org.weakties.reach.ReachByTieClass}), and approximate ball sizes and the
 * neighborhood function with HyperLogLog counters for huge graphs ({@link
 * org.weakties.reach.HyperBall}).
 *
 * <p>Conventions: {@code fof} counts the nodes at distance exactly 2, {@code reach2 = degree + fof}
 * excludes the node itself, and ball sizes {@code |B(u, t)|} include it.
 *
 * <p>May import: {@code org.weakties.graph}, {@code org.weakties.tie} (for {@link
 * org.weakties.tie.TieClassification}), {@code org.weakties.exec}, {@code org.weakties.internal} and
 * the JDK.
 */
package org.weakties.reach;

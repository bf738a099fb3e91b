/**
 * Where a tie sits between groups: global {@link org.weakties.bridge.Bridges bridges} and
 * articulation points, {@link org.weakties.bridge.LocalBridges local bridges} with their span
 * (Granovetter's "local bridge of degree n"), and {@link org.weakties.bridge.Betweenness edge and
 * node betweenness} (Brandes), exact or sampled with standard errors.
 *
 * <p>Every algorithm is a stateless class with a static {@code compute} method taking a
 * {@link org.weakties.graph.SocialGraph} and a parameter record, and returns an immutable result that
 * holds no reference to the graph and exports a {@link org.weakties.graph.ScoreTable}. Traversals use
 * explicit stacks and queues (no recursion), so graphs of any diameter work with the default thread
 * stack; parallel kernels split work by problem size only, so results are identical with 1 or N
 * threads.
 *
 * <p>May import: {@code org.weakties.graph}, {@code org.weakties.exec}, {@code org.weakties.internal}
 * and the JDK.
 */
package org.weakties.bridge;

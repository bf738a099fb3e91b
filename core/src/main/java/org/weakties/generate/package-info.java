/**
 * Seeded, reproducible random graph generators that return a {@link org.weakties.graph.SocialGraph}
 * with identity integer labels {@code 0..n-1}:
 *
 * <ul>
 *   <li>{@link org.weakties.generate.ErdosRenyi}: G(n, m), exactly m distinct edges;
 *   <li>{@link org.weakties.generate.WattsStrogatz}: ring lattice with random rewiring;
 *   <li>{@link org.weakties.generate.BarabasiAlbert}: linear preferential attachment;
 *   <li>{@link org.weakties.generate.HolmeKim}: preferential attachment with triad formation;
 *   <li>{@link org.weakties.generate.StochasticBlockModel}: independent edges by block pair;
 *   <li>{@link org.weakties.generate.SocialNetworkGenerator}: the library's benchmark social
 *       network (heavy-tailed degrees, communities, triadic closure, tie weights that follow
 *       neighbourhood overlap, interaction counts, last-contact times, node attributes).
 * </ul>
 *
 * <p>Every generator takes an explicit {@code long seed}; the same parameters give the same graph,
 * bit for bit, whatever the thread count. No global random generator is used anywhere.
 *
 * <p>May import: {@code org.weakties.graph}, {@code org.weakties.exec}, {@code
 * org.weakties.internal} and the JDK.
 */
package org.weakties.generate;

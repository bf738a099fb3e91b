/**
 * Simulations of how job information travels over ties, behind the {@code weakties simulate}
 * command.
 *
 * <ul>
 *   <li>{@link org.weakties.sim.JobDiffusion}: a seeded diffusion model on any
 *       {@link org.weakties.graph.SocialGraph}; openings are passed on with a probability that rises
 *       with tie strength and are news with a probability that falls with the contacts the two
 *       share, giving an inverted U in mutual connections (a monotone curve without the redundancy
 *       effect). Result: {@link org.weakties.sim.DiffusionResult}, one row per tie with columns
 *       {@code source, target, mutual, overlap, intensity, tie_strength, job, arm, industry,
 *       digital} ({@link org.weakties.sim.DiffusionResult#toTable(org.weakties.graph.NodeIndex)}),
 *       ready for {@link org.weakties.curve.CurveAnalysis}.</li>
 *   <li>{@link org.weakties.sim.RandomizedExperiment}: a node-level randomised experiment with
 *       recommender arms shifting weak and strong tie formation and an unobserved confounder;
 *       {@link org.weakties.sim.ExperimentResult#estimate()} compares naive OLS with 2SLS, overall
 *       and for digital versus non-digital industries.</li>
 * </ul>
 * Every random choice derives from an explicit seed; results do not depend on the thread count.
 * The common-neighbour counts and overlaps needed here are computed locally
 * ({@code TieStructure}), independently of the tie-measure package.
 *
 * <p>May import: {@code org.weakties.curve}, {@code org.weakties.graph}, {@code org.weakties.exec}
 * and {@code org.weakties.internal}.
 */
package org.weakties.sim;

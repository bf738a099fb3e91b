/**
 * The career report for one person looking for their next job, behind the {@code weakties ego}
 * command: {@link org.weakties.ego.CareerReport#compute(org.weakties.graph.SocialGraph, int,
 * org.weakties.ego.CareerReportParams)} returns a {@link org.weakties.ego.CareerReportResult} with the
 * person's ties ranked and classified ({@link org.weakties.ego.EgoTie}), bridges and local bridges,
 * dormant ties ranked by a reconnect score, suggested introductions to friends of friends by cluster
 * ({@link org.weakties.ego.Introduction}, {@link org.weakties.ego.Group}), a summary with network
 * diversity and Burt's measures ({@link org.weakties.ego.EgoSummary}), a "reach out to these people"
 * list ({@link org.weakties.ego.ReachOut}) and the data of an ego-network drawing
 * ({@link org.weakties.ego.EgoNetworkDrawing}). The usefulness of a tie as a function of mutual
 * connections is a {@link org.weakties.ego.UsefulnessCurve}: by default the inverted U of Rajkumar et
 * al. (2022) peaking at 10, or the quadratic fitted by {@code org.weakties.curve}. The definitions,
 * scores and the design are in {@code docs/ego.md}.
 *
 * <h2>JSON report ({@link org.weakties.ego.CareerReportResult#toJson()})</h2>
 * Numbers are plain JSON numbers (integral values without a fraction); NaN and infinite values are
 * {@code null}. Top-level keys:
 * <ul>
 *   <li>{@code ego}: the person's label;</li>
 *   <li>{@code settings}: {@code top}, {@code dormant_days}, {@code half_life_days},
 *       {@code max_span} (null = no cap), {@code curve} (description), {@code curve_peak},
 *       {@code cluster_attribute} (null when clusters are connected components),
 *       {@code weighted_holes}, {@code strong_threshold}, {@code strength_signals} (array of the
 *       signal names composite strength combined);</li>
 *   <li>{@code summary}: {@code nodes}, {@code edges}, {@code degree}, {@code strength},
 *       {@code clustering}, {@code diversity}, {@code effective_size}, {@code efficiency},
 *       {@code constraint}, {@code hierarchy}, {@code strong_ties}, {@code weak_ties},
 *       {@code bridges}, {@code local_bridges}, {@code spans_over_cap}, {@code dormant_ties},
 *       {@code friends_of_friends}, {@code as_of} (epoch seconds or null), {@code as_of_date}
 *       (ISO date, UTC, or null), {@code timed_ties}, {@code strength_exact},
 *       {@code strength_population};</li>
 *   <li>{@code ties} (section 1, strongest first), {@code bridges} (section 2), {@code dormant}
 *       (section 3): arrays of <i>tie</i> objects;</li>
 *   <li>{@code introductions} (section 4): array of {@code rank}, {@code label}, {@code mutual},
 *       {@code usefulness}, {@code opens}, {@code score}, {@code introducer},
 *       {@code introducer_strength}, {@code cluster} (index into {@code clusters});</li>
 *   <li>{@code clusters} (of friends of friends) and {@code circles} (of contacts): arrays of
 *       {@code index}, {@code name}, {@code size}, {@code reached};</li>
 *   <li>{@code reach_out} (section 6): array of {@code rank}, {@code label}, {@code kind}
 *       ({@code dormant_tie|introduction}), {@code score}, {@code mutual}, {@code usefulness},
 *       {@code opens}, {@code age_days} (null for introductions), {@code introducer} (null for
 *       dormant ties), {@code reason};</li>
 *   <li>{@code drawing}: {@code title}, {@code ego} (index, 0), {@code omitted} (contacts not drawn),
 *       {@code labels} (array), {@code ties} (array of {@code source}, {@code target} (indexes into
 *       labels), {@code strong}, {@code bridge}).</li>
 * </ul>
 * A <i>tie</i> is {@code rank}, {@code label}, {@code weight}, {@code interactions},
 * {@code mutual}, {@code overlap}, {@code strength}, {@code class} ({@code strong|weak}),
 * {@code bridge}, {@code local_bridge}, {@code span} (number, or null), {@code span_kind}
 * ({@code none|finite|infinite|over_cap}), {@code unique_reach}, {@code age_days},
 * {@code dormant}, {@code usefulness}, {@code reconnect_score}, {@code circle} (index into
 * {@code circles}).
 *
 * <p>May import: {@code org.weakties.graph}, {@code org.weakties.tie}, {@code org.weakties.curve}
 * (for fitted usefulness curves), {@code org.weakties.exec}, {@code org.weakties.internal} and the
 * JDK; the layering also allows {@code reach}, {@code bridge}, {@code holes} and {@code sim}. The
 * report computes reach, spans and Burt's measures for one person directly instead of running those
 * whole-graph algorithms, and the tests check it against them.
 */
package org.weakties.ego;

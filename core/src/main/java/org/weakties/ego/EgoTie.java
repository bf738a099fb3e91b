package org.weakties.ego;

import java.util.Objects;

/**
 * One tie of the person the report is about (ego) to a contact (alter), as listed in section 1 of a
 * {@link CareerReportResult}.
 *
 * @param rank 1-based position when the ties are ranked by composite strength (strongest first; ties
 *     with equal strength in label order; NaN strengths last)
 * @param label the contact's label as text
 * @param weight the tie's weight
 * @param interactions the tie's interaction count, NaN when unknown
 * @param mutual mutual connections: contacts ego and alter share (the tie's embeddedness)
 * @param overlap neighborhood overlap {@code mutual / ((k_ego - 1) + (k_alter - 1) - mutual)}, 0 when
 *     the denominator is 0
 * @param strength composite tie strength in [0, 1] relative to the whole network (NaN when no signal
 *     is known for this tie)
 * @param strong whether the tie is strong: strength at least the median strength of the network
 * @param bridge whether the tie is a global bridge: no other path joins ego and alter
 * @param localBridge whether the tie is a local bridge: no mutual connections
 * @param span the span of a local bridge: hop distance between ego and alter without this tie;
 *     {@link #INFINITE_SPAN} for a global bridge, {@link #OVER_CAP} when longer than the span cap,
 *     {@link #NO_SPAN} when not a local bridge
 * @param uniqueReach friends of friends of ego reachable within two steps only through this tie
 * @param ageDays days since the last contact (as of the report's as-of time), NaN when unknown
 * @param dormant whether the last contact is more than the dormancy threshold ago
 * @param usefulness {@code u(mutual)} from the report's usefulness curve
 * @param reconnectScore {@code usefulness * (1 + uniqueReach)}: the expected usefulness of the tie
 *     times the people it brings within two steps (the contact and the unique reach)
 * @param circle the index of the contact's circle in {@link CareerReportResult#circles()}
 */
public record EgoTie(int rank, String label, double weight, double interactions, int mutual,
    double overlap, double strength, boolean strong, boolean bridge, boolean localBridge, int span,
    int uniqueReach, double ageDays, boolean dormant, double usefulness, double reconnectScore,
    int circle) {

  /** {@link #span()} of a global bridge. */
  public static final int INFINITE_SPAN = Integer.MAX_VALUE;
  /** {@link #span()} of a local bridge whose span exceeds the cap. */
  public static final int OVER_CAP = -2;
  /** {@link #span()} of a tie that is not a local bridge. */
  public static final int NO_SPAN = -1;

  /** Checks the label. */
  public EgoTie {
    Objects.requireNonNull(label, "label");
  }

  /** The tie class as text: {@code strong} or {@code weak}. */
  public String tieClass() {
    return strong ? "strong" : "weak";
  }

  /**
   * The span as text: the number, {@code inf} for a global bridge, {@code >cap} over the cap, empty
   * when not a local bridge.
   */
  public String spanText(int cap) {
    if (span == INFINITE_SPAN) {
      return "inf";
    }
    if (span == OVER_CAP) {
      return ">" + cap;
    }
    return span == NO_SPAN ? "" : Integer.toString(span);
  }
}

package org.weakties.ego;

import java.util.Objects;

/**
 * A suggested introduction (section 4 of a {@link CareerReportResult}): a friend of a friend of ego,
 * at distance exactly 2.
 *
 * @param rank 1-based position in the list of suggestions
 * @param label the person's label as text
 * @param mutual mutual connections with ego (the common friends who could introduce them)
 * @param usefulness {@code u(mutual)}: the expected usefulness of the tie the introduction would make
 * @param opens the person's contacts that ego cannot reach within two steps today (at distance 3)
 * @param score {@code usefulness * (1 + opens)}, the score of the reach-out list
 * @param introducer the label of the common friend with the strongest tie to ego
 * @param introducerStrength the composite strength of ego's tie to the introducer
 * @param cluster the index of the person's cluster in {@link CareerReportResult#clusters()}
 */
public record Introduction(int rank, String label, int mutual, double usefulness, int opens,
    double score, String introducer, double introducerStrength, int cluster) {

  /** Checks the labels. */
  public Introduction {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(introducer, "introducer");
  }
}

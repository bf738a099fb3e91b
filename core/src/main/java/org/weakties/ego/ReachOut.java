package org.weakties.ego;

import java.util.Objects;

/**
 * One entry of the "reach out to these people" list (section 6 of a {@link CareerReportResult}).
 *
 * @param rank 1-based position
 * @param label the person's label as text
 * @param kind a dormant tie to revive or a friend of a friend to be introduced to
 * @param score {@code u(mutual) * (1 + opens)}
 * @param mutual mutual connections with ego
 * @param usefulness {@code u(mutual)}
 * @param opens people the contact brings within two steps besides themself: the unique reach of a
 *     dormant tie, the contacts at distance 3 of an introduction
 * @param ageDays days since the last contact of a dormant tie, NaN for an introduction
 * @param introducer the common friend to ask for an introduction, null for a dormant tie
 * @param reason one line saying why, for example
 *     {@code dormant 2 years, 9 mutual contacts, opens 34 people you cannot reach otherwise}
 */
public record ReachOut(int rank, String label, Kind kind, double score, int mutual,
    double usefulness, int opens, double ageDays, String introducer, String reason) {

  /** Why a person is on the list. */
  public enum Kind {
    /** An existing tie without contact for longer than the dormancy threshold. */
    DORMANT_TIE,
    /** A friend of a friend to be introduced to. */
    INTRODUCTION
  }

  /** Checks the fields. */
  public ReachOut {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(reason, "reason");
  }
}

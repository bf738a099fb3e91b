package org.weakties.ego;

import java.util.Objects;

/**
 * A group of people around ego: a circle of contacts or a cluster of friends of friends (see
 * {@link CareerReport} for how they are formed).
 *
 * @param index position in {@link CareerReportResult#circles()} or
 *     {@link CareerReportResult#clusters()}
 * @param name the community attribute value, or {@code circle N} / {@code cluster N} for connected
 *     components (N = index + 1)
 * @param size number of members (contacts for a circle, friends of friends for a cluster)
 * @param reached for a cluster: whether ego or a contact of ego belongs to it (only possible with a
 *     community attribute; components of friends of friends are never reached); true for circles
 */
public record Group(int index, String name, int size, boolean reached) {

  /** Checks the name. */
  public Group {
    Objects.requireNonNull(name, "name");
  }
}

package org.weakties.tie;

import java.util.List;
import org.weakties.graph.ScoreTable;

/**
 * Strong triadic closure violations of a labelling, from {@link StrongTriadicClosure}: per-node counts,
 * the total, and the first violating wedges. Holds no graph.
 */
public final class StrongTriadicClosureResult {

  /**
   * A forbidden triad: node {@code center} has strong ties to {@code first} and {@code second}, which
   * are not adjacent; {@code first < second}. Ids are node ids of the graph.
   *
   * @param center the node violating strong triadic closure
   * @param first the smaller of the two strongly tied, non-adjacent neighbours
   * @param second the larger of the two
   */
  public record Wedge(int center, int first, int second) {}

  private final long[] violations;
  private final int[] strongDegree;
  private final long total;
  private final List<Wedge> listed;

  StrongTriadicClosureResult(long[] violations, int[] strongDegree, long total, List<Wedge> listed) {
    this.violations = violations;
    this.strongDegree = strongDegree;
    this.total = total;
    this.listed = List.copyOf(listed);
  }

  /** Total number of violating wedges (forbidden triads). */
  public long violationCount() {
    return total;
  }

  /** Whether the labelling satisfies strong triadic closure (no violation anywhere). */
  public boolean satisfied() {
    return total == 0;
  }

  /** Number of violating wedges centred at node {@code u}. */
  public long violations(int u) {
    return violations[u];
  }

  /** Number of strong ties of node {@code u}. */
  public int strongDegree(int u) {
    return strongDegree[u];
  }

  /** Number of nodes with at least one violation. */
  public int violatingNodeCount() {
    int c = 0;
    for (long v : violations) {
      if (v > 0) {
        c++;
      }
    }
    return c;
  }

  /** The listed violations, in lexicographic order of (center, first, second); unmodifiable. */
  public List<Wedge> wedges() {
    return listed;
  }

  /** Whether {@link #wedges()} holds every violation (the list limit was not reached). */
  public boolean listingComplete() {
    return listed.size() == total;
  }

  /** The node table: columns {@code strong_degree, stc_violations}. */
  public ScoreTable toTable() {
    return ScoreTable.forNodes(violations.length)
        .addInt("strong_degree", strongDegree)
        .addLong("stc_violations", violations, Long.MIN_VALUE)
        .build();
  }
}

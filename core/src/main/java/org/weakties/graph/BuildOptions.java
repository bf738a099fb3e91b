package org.weakties.graph;

import java.util.Objects;

/**
 * Policies and optional per-edge attributes for building a graph from arrays.
 *
 * @param duplicates what to do with a repeated undirected edge; default {@link #DEFAULT_DUPLICATES}
 * @param selfLoops what to do with an edge from a node to itself; default {@link #DEFAULT_SELF_LOOPS}
 * @param interactions interaction count per input edge (NaN = unknown for that edge), or null
 * @param lastContact last-contact time per input edge in epoch seconds ({@link SocialGraph#NO_TIME} =
 *     unknown), or null
 * @param keepInputOrder whether the graph remembers the order of first appearance of its edges
 *     (4 bytes per edge; needed to write results in input order)
 */
public record BuildOptions(DuplicatePolicy duplicates, SelfLoopPolicy selfLoops,
    double[] interactions, long[] lastContact, boolean keepInputOrder) {

  /** Default duplicate policy: weights are summed. */
  public static final DuplicatePolicy DEFAULT_DUPLICATES = DuplicatePolicy.SUM;
  /** Default self-loop policy: rejected. */
  public static final SelfLoopPolicy DEFAULT_SELF_LOOPS = SelfLoopPolicy.REJECT;

  /** Validates that the policies are present. */
  public BuildOptions {
    Objects.requireNonNull(duplicates, "duplicates");
    Objects.requireNonNull(selfLoops, "selfLoops");
  }

  /** SUM duplicates, REJECT self-loops, no attributes, no input order. */
  public static BuildOptions defaults() {
    return new BuildOptions(DEFAULT_DUPLICATES, DEFAULT_SELF_LOOPS, null, null, false);
  }

  /** A copy with another duplicate policy. */
  public BuildOptions withDuplicates(DuplicatePolicy p) {
    return new BuildOptions(p, selfLoops, interactions, lastContact, keepInputOrder);
  }

  /** A copy with another self-loop policy. */
  public BuildOptions withSelfLoops(SelfLoopPolicy p) {
    return new BuildOptions(duplicates, p, interactions, lastContact, keepInputOrder);
  }

  /** A copy with interaction counts per input edge. */
  public BuildOptions withInteractions(double[] counts) {
    return new BuildOptions(duplicates, selfLoops, counts, lastContact, keepInputOrder);
  }

  /** A copy with last-contact times per input edge. */
  public BuildOptions withLastContact(long[] times) {
    return new BuildOptions(duplicates, selfLoops, interactions, times, keepInputOrder);
  }

  /** A copy that keeps (or not) the input order of edges. */
  public BuildOptions withKeepInputOrder(boolean keep) {
    return new BuildOptions(duplicates, selfLoops, interactions, lastContact, keep);
  }
}

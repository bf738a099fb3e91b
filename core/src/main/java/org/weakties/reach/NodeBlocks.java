package org.weakties.reach;

import org.weakties.exec.CancellationToken;
import org.weakties.exec.Parallelism;
import org.weakties.exec.ProgressListener;
import org.weakties.graph.SocialGraph;

/**
 * Splits the nodes of a graph into blocks of about equal arc counts, so that a hub does not share a
 * block with thousands of other nodes. A node belongs to the block whose arc range contains its first
 * arc position; the split depends only on the graph, never on the thread count.
 */
final class NodeBlocks {
  private NodeBlocks() {}

  /** Work on the nodes {@code [from, to)} of one block. */
  @FunctionalInterface
  interface NodeTask {
    void run(int block, int from, int to);
  }

  /** Runs {@code task} over all nodes in arc-balanced blocks, reporting one unit per block. */
  static void run(SocialGraph g, int threads, CancellationToken token, ProgressListener progress,
      String what, NodeTask task) {
    int n = g.nodeCount();
    int arcs = 2 * g.edgeCount();
    int blocks = Parallelism.blockCount(arcs);
    progress.start(what, blocks);
    Parallelism.forEachBlock(arcs, threads, token, what, (b, from, to) -> {
      int first = firstNode(g, from);
      int last = to == arcs ? n : firstNode(g, to);
      task.run(b, first, last);
      progress.advance(1);
    });
    progress.finish();
  }

  /**
   * The strength of every node from one pass over the edges in id order. A node receives the weights
   * of its lower neighbours in ascending order and then those of its upper neighbours in ascending
   * order, which is its arc order, so every sum equals {@link SocialGraph#strength(int)} bit for bit
   * while the weights are read sequentially instead of at random.
   */
  static double[] strengths(SocialGraph g) {
    double[] s = new double[g.nodeCount()];
    g.forEachEdge((e, u, v) -> {
      double w = g.weight(e);
      s[u] += w;
      s[v] += w;
    });
    return s;
  }

  /** The smallest node whose first arc position is at least {@code pos}, or n when there is none. */
  static int firstNode(SocialGraph g, int pos) {
    int lo = 0;
    int hi = g.nodeCount();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (g.arcStart(mid) < pos) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}

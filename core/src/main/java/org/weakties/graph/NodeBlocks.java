package org.weakties.graph;

import org.weakties.exec.CancellationToken;
import org.weakties.exec.Parallelism;
import org.weakties.exec.ProgressListener;

/**
 * Splits the nodes of a graph into blocks of about equal arc counts, so that a hub does not share a
 * block with thousands of other nodes. A node belongs to the block whose arc range contains its first
 * arc position; the split depends only on the graph, never on the thread count.
 */
public final class NodeBlocks {
  private NodeBlocks() {}

  /** Work on the nodes {@code [from, to)} of one block. */
  @FunctionalInterface
  public interface NodeTask {
    /** Processes the nodes {@code [from, to)} of block {@code block}. */
    void run(int block, int from, int to);
  }

  /** Runs {@code task} over all nodes in arc-balanced blocks, reporting one unit per block. */
  public static void run(SocialGraph g, int threads, CancellationToken token,
      ProgressListener progress, String what, NodeTask task) {
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

package org.weakties.generate;

import java.util.SplittableRandom;
import org.weakties.exec.CancellationToken;
import org.weakties.exec.Parallelism;
import org.weakties.exec.ProgressListener;
import org.weakties.graph.SocialGraph;

/**
 * The stochastic block model: nodes are split into blocks and every pair of nodes is tied
 * independently with a probability that depends only on the two blocks.
 *
 * <p><b>Definition:</b> with block sizes {@code b_1..b_B} and a symmetric matrix {@code P}, the
 * pair (u, v), u in block r and v in block s, is an edge with probability {@code P[r][s]}. The
 * planted partition model is the special case {@code P[r][r] = p_in}, {@code P[r][s] = p_out}.
 * Nodes of block 0 get ids {@code 0..b_1-1}, then block 1, and so on; each node carries the
 * attribute {@code block} (its block index as text).
 *
 * <p><b>Paper:</b> P. W. Holland, K. B. Laskey and S. Leinhardt, "Stochastic blockmodels: first
 * steps", Social Networks 5(2):109-137 (1983). Geometric skipping: V. Batagelj and U. Brandes,
 * "Efficient generation of large random networks", Physical Review E 71:036113 (2005).
 *
 * <p><b>Method and cost:</b> within each block pair the candidate pairs are enumerated in a fixed
 * order and the gap to the next edge is drawn from the geometric distribution, so the work is
 * proportional to the number of edges, not of pairs: O(n + m + B^2) expected time. Memory: the edge
 * lists (8 bytes per edge) and the graph.
 *
 * <p><b>Weights:</b> every edge has weight 1.0.
 *
 * <p><b>Degenerate cases:</b> no blocks or empty blocks give no nodes; probability 0 gives no edge
 * and 1 every edge of a block pair.
 *
 * <p><b>Determinism and threads:</b> the rows r of the block matrix (pairs (r, s) with s at least
 * r) are generated in parallel, each from its own random stream derived from the seed, and
 * concatenated in order, so the graph is the same for every thread count.
 */
public final class StochasticBlockModel {
  private static final int STREAM = 11;

  private StochasticBlockModel() {}

  /** The stochastic block model with the given parameters. */
  public static SocialGraph generate(StochasticBlockModelParams params) {
    return generate(params, ProgressListener.NONE, CancellationToken.NONE);
  }

  /**
   * The stochastic block model with the given parameters, reporting one unit of progress per block
   * row and polling {@code token} between rows.
   *
   * @throws org.weakties.exec.CancelledException when the token is cancelled
   */
  public static SocialGraph generate(StochasticBlockModelParams params, ProgressListener progress,
      CancellationToken token) {
    int b = params.blockCount();
    int n = params.nodeCount();
    int[] start = new int[b + 1];
    for (int r = 0; r < b; r++) {
      start[r + 1] = start[r] + params.blockSize(r);
    }
    int blocks = Parallelism.blockCount(b);
    EdgeBuffer[] out = new EdgeBuffer[blocks];
    progress.start("stochastic block model", b);
    Parallelism.forEachBlock(b, params.threads(), token, "stochastic block model",
        (blk, from, to) -> {
          double expected = 0;
          for (int r = from; r < to; r++) {
            for (int s = r; s < b; s++) {
              expected += params.probability(r, s) * pairs(params.blockSize(r), params.blockSize(s),
                  r == s);
            }
          }
          EdgeBuffer buf = new EdgeBuffer((int) Math.min(1 << 26, expected * 1.05 + 64));
          for (int r = from; r < to; r++) {
            SplittableRandom rnd = RandomStreams.stream(params.seed(), STREAM, r);
            for (int s = r; s < b; s++) {
              double p = params.probability(r, s);
              if (p <= 0) {
                continue;
              }
              if (r == s) {
                within(start[r], params.blockSize(r), p, rnd, buf);
              } else {
                between(start[r], params.blockSize(r), start[s], params.blockSize(s), p, rnd, buf);
              }
            }
            progress.advance(1);
          }
          out[blk] = buf;
        });
    long total = 0;
    for (EdgeBuffer buf : out) {
      total += buf.size;
    }
    int m = Generators.checkEdgeCount(total, "this stochastic block model");
    int[] src = new int[m];
    int[] dst = new int[m];
    int k = 0;
    for (int i = 0; i < blocks; i++) {
      System.arraycopy(out[i].src, 0, src, k, out[i].size);
      System.arraycopy(out[i].dst, 0, dst, k, out[i].size);
      k += out[i].size;
      out[i] = null;
    }
    String[] block = new String[n];
    for (int r = 0; r < b; r++) {
      java.util.Arrays.fill(block, start[r], start[r + 1], Integer.toString(r));
    }
    progress.finish();
    return Generators.build(n, src, dst)
        .withNodeAttributes(Generators.oneColumn(n, "block", block));
  }

  /** The planted-partition model with the given block sizes, p_in, p_out and seed. */
  public static SocialGraph generate(int[] blockSizes, double pIn, double pOut, long seed) {
    return generate(StochasticBlockModelParams.planted(blockSizes, pIn, pOut).withSeed(seed));
  }

  private static double pairs(int a, int c, boolean same) {
    return same ? (double) a * (a - 1) / 2 : (double) a * c;
  }

  /** Pairs {@code (i, j)}, {@code i < j}, of one block, walked row by row with geometric gaps. */
  private static void within(int base, int size, double p, SplittableRandom rnd, EdgeBuffer buf) {
    double logQ = Math.log1p(-p);
    // the pair (j, i) with j < i is position i(i-1)/2 + j of the walk; v is the row, w the column
    long w = -1;
    int v = 1;
    while (v < size) {
      w += 1 + (p >= 1 ? 0 : RandomStreams.geometricSkip(rnd, logQ));
      while (w >= v && v < size) {
        w -= v;
        v++;
      }
      if (v < size) {
        buf.add(base + (int) w, base + v);
      }
    }
  }

  /** Pairs of two blocks, index {@code i * sizeS + j}, walked with geometric gaps. */
  private static void between(int baseR, int sizeR, int baseS, int sizeS, double p,
      SplittableRandom rnd, EdgeBuffer buf) {
    double logQ = Math.log1p(-p);
    long total = (long) sizeR * sizeS;
    long idx = -1;
    while (true) {
      idx += 1 + (p >= 1 ? 0 : RandomStreams.geometricSkip(rnd, logQ));
      if (idx >= total) {
        return;
      }
      buf.add(baseR + (int) (idx / sizeS), baseS + (int) (idx % sizeS));
    }
  }
}

package org.weakties.reach;

import org.weakties.graph.NodeBlocks;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import org.weakties.exec.ProgressListener;
import org.weakties.graph.SocialGraph;

/**
 * Approximate ball sizes of every node and the neighborhood function of the graph with HyperLogLog
 * counters (HyperBall), for graphs too large for exact friends-of-friends counts.
 *
 * <h2>Definition</h2>
 * The ball {@code B(x, t)} holds the nodes within distance t of x (x included) and the neighborhood
 * function is {@code N(t) = Σ_x |B(x, t)|}. Balls follow {@code B(x, 0) = {x}} and
 * {@code B(x, t) = B(x, t-1) ∪ ⋃_{y ∈ N(x)} B(y, t-1)}. Each ball is kept as a HyperLogLog counter of
 * {@code m = 2^log2m} registers; the union of counters is the register-wise maximum, so iteration t
 * computes every counter from the counters of iteration t-1. A node id is hashed to 64 bits with a
 * seeded SplitMix64 finaliser; the top log2m bits choose the register and the register keeps the
 * largest 1 + (number of leading zeros of the remaining bits). The size estimate is the standard
 * {@code α_m m^2 / Σ_j 2^(-M[j])}, replaced by linear counting {@code m ln(m / V)} when it is at most
 * {@code 5m/2} and {@code V > 0} registers are still zero (no large-range correction is needed with
 * 64-bit hashes).
 *
 * <h2>Error</h2>
 * Each estimate has relative standard deviation about {@code β_m / √m} ({@link
 * HyperBallResult#relativeStandardDeviation()}), with {@code β_16 = 1.106, β_32 = 1.070, β_64 = 1.054,
 * β_128 = 1.046} and {@code β_m = 1.04} from 256 registers on: 27.7% at m = 16, 6.5% at m = 256
 * (the default), 1.6% at m = 4096. The estimate of {@code N(t)} has a relative standard deviation no
 * larger than that of one counter. Small balls are nearly exact thanks to linear counting, but their
 * error is discrete: a ball of k nodes is exact unless two of them share a register (probability about
 * {@code k^2 / 2m}), and is then off by about 1/k, which for {@code k < √m / 4} exceeds
 * {@code 4 β_m / √m}; so for large m a few percent of the tiniest balls lie beyond four standard
 * deviations while the mean error stays well inside one. Estimates
 * of different nodes are correlated (they share the hash), so the error does not average out over
 * nodes whose balls coincide; change the seed for an independent run.
 *
 * <h2>Sources</h2>
 * P. Boldi, M. Rosa, S. Vigna, "HyperANF: approximating the neighbourhood function of very large graphs
 * on a budget", WWW 2011. P. Boldi and S. Vigna, "In-core computation of geometric centralities with
 * HyperBall: a hundred billion nodes and beyond", ICDM Workshops 2013. P. Flajolet, É. Fusy, O.
 * Gandouet, F. Meunier, "HyperLogLog: the analysis of a near-optimal cardinality estimation algorithm",
 * AofA 2007. K.-Y. Whang, B. T. Vander-Zanden, H. M. Taylor, "A linear-time probabilistic counting
 * algorithm for database applications", ACM TODS 15(2), 1990.
 *
 * <h2>Cost, memory, threads</h2>
 * Registers are bytes packed eight to a long, and the maximum of two counters is computed eight
 * registers at a time with word-parallel (SWAR) arithmetic. Each iteration costs {@code O((n + m)
 * 2^log2m / 8)} word operations plus {@code O(n 2^log2m)} for the estimates; T iterations cost T times
 * that. Memory: two register buffers of {@code 2^log2m} bytes per node (512 bytes per node at the
 * default log2m = 8, so 51 MB for 100,000 nodes) plus {@code 8 n} bytes per stored distance. Limit:
 * {@code n 2^log2m / 8 < 2^31} longs per buffer, checked with a clear error (use a smaller log2m).
 * Nodes are processed in blocks balanced by arcs, in parallel; every counter is written only by its
 * node's block from the previous iteration's buffer (double buffering), so the result is identical for
 * any thread count. Iteration stops early when no counter changes. The token is polled between blocks.
 *
 * <h2>Weights, degenerate cases</h2>
 * Weights are ignored. Isolated nodes keep a ball of one node (estimated). Without edges every
 * iteration is stable at once.
 */
public final class HyperBall {
  private HyperBall() {}

  private static final long H = 0x8080808080808080L;
  private static final double[] INV_POW2 = new double[65];

  static {
    for (int i = 0; i < INV_POW2.length; i++) {
      INV_POW2[i] = Math.scalb(1.0, -i);
    }
  }

  /** HyperBall with {@link HyperBallParams#defaults()}. */
  public static HyperBallResult compute(SocialGraph graph) {
    return compute(graph, HyperBallParams.defaults());
  }

  /**
   * Estimates the balls of every node for t = 1..maxDistance (or until stable).
   *
   * @throws IllegalArgumentException when the register arrays would exceed 2^31 longs
   */
  public static HyperBallResult compute(SocialGraph graph, HyperBallParams params) {
    Objects.requireNonNull(graph, "graph");
    Objects.requireNonNull(params, "params");
    SocialGraph g = graph;
    int n = g.nodeCount();
    int log2m = params.log2m();
    int m = 1 << log2m;
    int words = m >>> 3;
    long total = (long) n * words;
    if (total > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("HyperBall with log2m=" + log2m + " on " + n
          + " nodes needs " + total + " longs per register buffer, more than a Java array holds"
          + " (2^31 - 9); use log2m <= " + maxLog2m(n));
    }
    long[] cur = new long[(int) total];
    long[] next = new long[(int) total];
    long seedMix = mix(params.seed() * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L);
    for (int x = 0; x < n; x++) {
      long h = mix(seedMix + x * 0x9E3779B97F4A7C15L);
      int j = (int) (h >>> (64 - log2m));
      long rest = h << log2m;
      int rank = rest == 0 ? 64 - log2m + 1 : Long.numberOfLeadingZeros(rest) + 1;
      cur[x * words + (j >>> 3)] |= ((long) rank) << ((j & 7) << 3);
    }
    double alpha = alpha(m);
    List<double[]> balls = new ArrayList<>();
    double[] b0 = new double[n];
    for (int x = 0; x < n; x++) {
      b0[x] = estimate(cur, x * words, words, m, alpha);
    }
    balls.add(b0);
    int maxT = params.maxDistance();
    ProgressListener progress = params.progress();
    boolean stable = false;
    for (int t = 1; t <= maxT; t++) {
      AtomicBoolean changed = new AtomicBoolean();
      double[] bt = new double[n];
      long[] src = cur;
      long[] dst = next;
      NodeBlocks.run(g, params.threads(), params.token(), progress, "HyperBall t=" + t,
          (block, from, to) -> {
            boolean any = false;
            for (int x = from; x < to; x++) {
              int base = x * words;
              System.arraycopy(src, base, dst, base, words);
              for (int p = g.arcStart(x), end = g.arcEnd(x); p < end; p++) {
                int yb = g.arcTarget(p) * words;
                for (int i = 0; i < words; i++) {
                  dst[base + i] = max8(dst[base + i], src[yb + i]);
                }
              }
              for (int i = 0; i < words && !any; i++) {
                any = dst[base + i] != src[base + i];
              }
              bt[x] = estimate(dst, base, words, m, alpha);
            }
            if (any) {
              changed.set(true);
            }
          });
      cur = dst;
      next = src;
      if (!changed.get()) {
        stable = true;
        break;
      }
      balls.add(bt);
    }
    return new HyperBallResult(log2m, params.seed(), maxT, stable, balls.toArray(new double[0][]),
        degrees(g), g.strengths());
  }

  private static int maxLog2m(int n) {
    int b = HyperBallParams.MAX_LOG2M;
    while (b > HyperBallParams.MIN_LOG2M && (long) n * ((1 << b) >>> 3) > Integer.MAX_VALUE - 8) {
      b--;
    }
    return b;
  }

  private static int[] degrees(SocialGraph g) {
    int[] d = new int[g.nodeCount()];
    for (int u = 0; u < d.length; u++) {
      d[u] = g.degree(u);
    }
    return d;
  }

  /** Byte-wise maximum of eight registers per long; every register value is below 128. */
  static long max8(long a, long b) {
    long ge = ((a | H) - b) & H; // high bit of a lane set iff a >= b in that lane
    long mask = (ge >>> 7) * 0xFFL;
    return (a & mask) | (b & ~mask);
  }

  /** SplitMix64 finaliser. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** The HyperLogLog bias constant α_m. */
  static double alpha(int m) {
    return switch (m) {
      case 16 -> 0.673;
      case 32 -> 0.697;
      case 64 -> 0.709;
      default -> 0.7213 / (1 + 1.079 / m);
    };
  }

  /** HyperLogLog estimate of one counter, with linear counting for small cardinalities. */
  static double estimate(long[] regs, int base, int words, int m, double alpha) {
    double sum = 0;
    int zeros = 0;
    for (int i = 0; i < words; i++) {
      long w = regs[base + i];
      for (int k = 0; k < 64; k += 8) {
        int r = (int) ((w >>> k) & 0xFF);
        sum += INV_POW2[r];
        if (r == 0) {
          zeros++;
        }
      }
    }
    double e = alpha * m * (double) m / sum;
    if (e <= 2.5 * m && zeros > 0) {
      e = m * Math.log((double) m / zeros);
    }
    return e;
  }

  /** β_m of the relative standard deviation β_m / √m. */
  static double beta(int m) {
    return switch (m) {
      case 16 -> 1.106;
      case 32 -> 1.070;
      case 64 -> 1.054;
      case 128 -> 1.046;
      default -> 1.04;
    };
  }
}

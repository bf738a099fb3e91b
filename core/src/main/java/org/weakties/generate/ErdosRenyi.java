package org.weakties.generate;

import java.util.SplittableRandom;
import org.weakties.graph.SocialGraph;

/**
 * The Erdos-Renyi random graph G(n, m): m distinct edges drawn uniformly from the n(n-1)/2 node
 * pairs, so every simple graph with n nodes and m edges is equally likely.
 *
 * <p><b>Paper:</b> P. Erdos and A. Renyi, "On random graphs I", Publicationes Mathematicae Debrecen
 * 6:290-297 (1959).
 *
 * <p><b>Method:</b> when m is at most half of the N = n(n-1)/2 pairs, uniform pairs are drawn and
 * kept if new (a primitive hash set of edge keys); the expected number of draws is below 2m.
 * Otherwise the N - m absent pairs are drawn the same way and all other pairs are emitted. Either
 * way the graph has exactly m edges.
 *
 * <p><b>Cost:</b> O(n + m) expected time; 16 bytes per edge for the hash set plus the graph. The
 * dense branch enumerates all N pairs, which is O(m) there because m > N/2.
 *
 * <p><b>Weights:</b> every edge has weight 1.0; no interactions or last-contact times.
 *
 * <p><b>Degenerate cases:</b> n = 0 gives the empty graph; m = 0 gives n isolated nodes.
 *
 * <p><b>Determinism:</b> the same parameters give the same graph; single-threaded.
 */
public final class ErdosRenyi {
  private ErdosRenyi() {}

  /** G(n, m) with the given parameters. */
  public static SocialGraph generate(ErdosRenyiParams params) {
    int n = params.nodes();
    int m = params.edges();
    SplittableRandom rnd = new SplittableRandom(RandomStreams.mix64(params.seed()));
    long pairs = (long) n * (n - 1) / 2;
    int[] src = new int[m];
    int[] dst = new int[m];
    if (m <= pairs / 2) {
      LongHashSet set = new LongHashSet(m);
      int k = 0;
      while (k < m) {
        int u = rnd.nextInt(n);
        int v = rnd.nextInt(n - 1);
        if (v >= u) {
          v++;
        }
        int a = Math.min(u, v);
        int b = Math.max(u, v);
        if (set.add((long) a * n + b)) {
          src[k] = a;
          dst[k++] = b;
        }
      }
    } else {
      long absent = pairs - m;
      LongHashSet set = new LongHashSet(absent);
      while (set.size() < absent) {
        int u = rnd.nextInt(n);
        int v = rnd.nextInt(n - 1);
        if (v >= u) {
          v++;
        }
        set.add((long) Math.min(u, v) * n + Math.max(u, v));
      }
      int k = 0;
      for (int a = 0; a < n; a++) {
        for (int b = a + 1; b < n; b++) {
          if (!set.contains((long) a * n + b)) {
            src[k] = a;
            dst[k++] = b;
          }
        }
      }
      assert k == m;
    }
    return Generators.build(n, src, dst);
  }

  /** G(n, m) with seed {@code seed}. */
  public static SocialGraph generate(int n, int m, long seed) {
    return generate(new ErdosRenyiParams(n, m, seed));
  }
}

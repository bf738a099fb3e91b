package org.weakties.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.weakties.generate.GeneratorAssertions.assertSameGraph;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.weakties.exec.CancellationToken;
import org.weakties.exec.CancelledException;
import org.weakties.exec.ProgressListener;
import org.weakties.graph.SocialGraph;

class StochasticBlockModelTest {

  /** Observed edge counts per block pair, by the {@code block} attribute. */
  private static long[][] counts(SocialGraph g, int b) {
    long[][] c = new long[b][b];
    g.forEachEdge((e, u, v) -> {
      int r = Integer.parseInt(g.nodeAttributes().get(u, "block"));
      int s = Integer.parseInt(g.nodeAttributes().get(v, "block"));
      c[Math.min(r, s)][Math.max(r, s)]++;
    });
    return c;
  }

  /**
   * Densities within 5 binomial standard deviations of p_in and p_out (and of a general matrix),
   * on about 20,000 nodes.
   */
  @ParameterizedTest
  @CsvSource({"0.01,0.0005,1", "0.05,0.001,2", "0.002,0.002,3"})
  void densitiesMatchProbabilities(double pIn, double pOut, long seed) {
    int[] sizes = {5000, 8000, 3000, 4000};
    SocialGraph g = StochasticBlockModel.generate(sizes, pIn, pOut, seed);
    long[][] c = counts(g, sizes.length);
    for (int r = 0; r < sizes.length; r++) {
      for (int s = r; s < sizes.length; s++) {
        double pairs = r == s ? sizes[r] * (sizes[r] - 1.0) / 2 : (double) sizes[r] * sizes[s];
        double p = r == s ? pIn : pOut;
        double sd = Math.sqrt(pairs * p * (1 - p));
        assertEquals(p * pairs, c[r][s], 5 * sd + 1, "blocks " + r + "," + s);
      }
    }
  }

  @Test
  void generalMatrixAndExtremes() {
    double[][] p = {{1.0, 0.0, 0.3}, {0.0, 0.0, 1.0}, {0.3, 1.0, 0.5}};
    int[] sizes = {20, 30, 40};
    SocialGraph g = StochasticBlockModel.generate(
        new StochasticBlockModelParams(sizes, p, 5, 1));
    long[][] c = counts(g, 3);
    assertEquals(190, c[0][0]);
    assertEquals(0, c[0][1]);
    assertEquals(0, c[1][1]);
    assertEquals(1200, c[1][2]);
    assertEquals(0.3 * 800, c[0][2], 5 * Math.sqrt(800 * 0.21));
    assertEquals(0.5 * 780, c[2][2], 5 * Math.sqrt(780 * 0.25));
    assertEquals("0", g.nodeAttributes().get(19, "block"));
    assertEquals("1", g.nodeAttributes().get(20, "block"));
    assertEquals("2", g.nodeAttributes().get(89, "block"));
  }

  /**
   * Every pair of a block pair is equally likely (no off-by-one in the geometric walk): over 3000
   * seeds each of the 28 pairs inside a block of 8 and each of the 24 pairs between blocks of 8 and
   * 3 appears with its probability; the binomial sd is below 0.0092, the tolerance 0.04 over 4.
   */
  @Test
  void everyPairEquallyLikely() {
    int runs = 3000;
    int[][] count = new int[11][11];
    double[][] p = {{0.3, 0.6}, {0.6, 0.0}};
    for (int s = 0; s < runs; s++) {
      SocialGraph g = StochasticBlockModel.generate(
          new StochasticBlockModelParams(new int[] {8, 3}, p, 100 + s, 1));
      g.forEachEdge((e, u, v) -> count[u][v]++);
    }
    for (int u = 0; u < 11; u++) {
      for (int v = u + 1; v < 11; v++) {
        double expected = u < 8 && v < 8 ? 0.3 : (u >= 8 && v >= 8 ? 0.0 : 0.6);
        assertEquals(expected, (double) count[u][v] / runs, 0.04, u + "-" + v);
      }
    }
  }

  @Test
  void sameGraphForAnyThreadCount() {
    StochasticBlockModelParams p = StochasticBlockModelParams.planted(
        new int[] {300, 200, 500, 100, 900}, 0.05, 0.002).withSeed(7);
    SocialGraph one = StochasticBlockModel.generate(p.withThreads(1));
    assertSameGraph(one, StochasticBlockModel.generate(p.withThreads(2)));
    assertSameGraph(one, StochasticBlockModel.generate(p.withThreads(3)));
    assertTrue(GeneratorAssertions.differ(one, StochasticBlockModel.generate(p.withSeed(8))));
  }

  @Test
  void degenerateCases() {
    SocialGraph g = StochasticBlockModel.generate(
        new StochasticBlockModelParams(new int[0], new double[0][0], 1, 0));
    assertEquals(0, g.nodeCount());
    g = StochasticBlockModel.generate(new int[] {0, 5, 0}, 1.0, 1.0, 1);
    assertEquals(5, g.nodeCount());
    assertEquals(10, g.edgeCount());
    g = StochasticBlockModel.generate(new int[] {1}, 1.0, 0.0, 1);
    assertEquals(0, g.edgeCount());
  }

  @Test
  void progressAndCancellation() {
    AtomicLong advanced = new AtomicLong();
    ProgressListener pl = new ProgressListener() {
      @Override
      public void start(String step, long totalWork) {
        assertEquals(3, totalWork);
      }

      @Override
      public void advance(long work) {
        advanced.addAndGet(work);
      }

      @Override
      public void finish() {}
    };
    StochasticBlockModel.generate(StochasticBlockModelParams.planted(new int[] {5, 5, 5}, 0.5,
        0.1), pl, CancellationToken.NONE);
    assertEquals(3, advanced.get());
    CancellationToken t = CancellationToken.create();
    t.cancel();
    assertThrows(CancelledException.class, () -> StochasticBlockModel.generate(
        StochasticBlockModelParams.defaults(), ProgressListener.NONE, t));
  }

  @Test
  void rejectsBadParametersAndCopiesArrays() {
    assertThrows(IllegalArgumentException.class, () -> new StochasticBlockModelParams(
        new int[] {2, 2}, new double[][] {{0.1, 0.2}, {0.3, 0.1}}, 1, 0));
    assertThrows(IllegalArgumentException.class, () -> new StochasticBlockModelParams(
        new int[] {2, 2}, new double[][] {{0.1, 0.2}}, 1, 0));
    assertThrows(IllegalArgumentException.class, () -> new StochasticBlockModelParams(
        new int[] {2, 2}, new double[][] {{0.1, 1.2}, {1.2, 0.1}}, 1, 0));
    assertThrows(IllegalArgumentException.class, () -> new StochasticBlockModelParams(
        new int[] {-1}, new double[][] {{0.1}}, 1, 0));
    assertThrows(IllegalArgumentException.class, () -> new StochasticBlockModelParams(
        new int[] {2}, new double[][] {{0.1}}, 1, -1));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> StochasticBlockModelParams.planted(new int[] {100_000}, 1.0, 0.0));
    assertTrue(e.getMessage().contains("expects"), e.getMessage());
    int[] sizes = {4, 6};
    double[][] p = {{0.5, 0.1}, {0.1, 0.5}};
    StochasticBlockModelParams q = new StochasticBlockModelParams(sizes, p, 1, 0);
    sizes[0] = 99;
    p[0][0] = 0.9;
    assertEquals(4, q.blockSize(0));
    assertEquals(0.5, q.probability(0, 0));
    q.blockSizes()[1] = 77;
    assertEquals(6, q.blockSize(1));
    assertEquals(q, new StochasticBlockModelParams(new int[] {4, 6}, new double[][] {{0.5, 0.1},
        {0.1, 0.5}}, 1, 0));
    assertEquals(10, q.nodeCount());
    assertEquals(1000, StochasticBlockModelParams.defaults().nodeCount());
    assertEquals(0.2, q.withPlanted(0.2, 0.01).probability(1, 1));
  }
}

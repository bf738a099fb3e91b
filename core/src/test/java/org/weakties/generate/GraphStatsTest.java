package org.weakties.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.weakties.graph.SocialGraph;
import org.weakties.testing.NamedGraphs;

/**
 * The naive statistics the generator tests rely on, checked against NetworkX 2.8.8 / SciPy 1.10.1
 * ({@code reference/generate/make_generate_reference.py}) and against known distributions.
 */
class GraphStatsTest {
  private static final double TOL = 1e-12;

  private static SocialGraph named(String name) {
    return switch (name) {
      case "karate" -> NamedGraphs.karate();
      case "lesmis" -> NamedGraphs.lesMiserables();
      case "florentine" -> NamedGraphs.florentine();
      case "davis_women" -> NamedGraphs.davisWomen();
      default -> throw new IllegalArgumentException(name);
    };
  }

  @ParameterizedTest
  @ValueSource(strings = {"karate", "lesmis", "florentine", "davis_women"})
  void clusteringAndSpearmanMatchNetworkX(String name) {
    SocialGraph g = named(name);
    String[] row = ReferenceCsv.rows("graph_stats.csv").stream().filter(r -> r[0].equals(name))
        .findFirst().orElseThrow();
    assertEquals(Double.parseDouble(row[1]), GraphStats.averageClustering(g), TOL, name);
    if (!row[3].isEmpty()) {
      double rho = GraphStats.spearman(GraphStats.weights(g), GraphStats.overlap(g));
      assertEquals(Double.parseDouble(row[3]), rho, 1e-12, name);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"karate", "lesmis", "florentine", "davis_women"})
  void overlapMatchesNetworkXOnEveryEdge(String name) {
    SocialGraph g = named(name);
    int[] cn = GraphStats.commonNeighbors(g);
    double[] o = GraphStats.overlap(g);
    int seen = 0;
    for (String[] r : ReferenceCsv.rows("edge_overlap.csv")) {
      if (!r[0].equals(name)) {
        continue;
      }
      int e = g.edgeId(g.id(r[1]), g.id(r[2]));
      assertTrue(e >= 0, r[1] + "-" + r[2]);
      assertEquals(Integer.parseInt(r[3]), cn[e], r[1] + "-" + r[2]);
      assertEquals(Double.parseDouble(r[4]), o[e], TOL, r[1] + "-" + r[2]);
      seen++;
    }
    assertEquals(g.edgeCount(), seen);
  }

  @Test
  void spearmanHandlesTiesAndMonotoneMaps() {
    double[] x = {1, 2, 2, 3, 10};
    double[] y = {0.1, 0.5, 0.5, 7, 8};
    assertEquals(1.0, GraphStats.spearman(x, y), TOL);
    assertEquals(-1.0, GraphStats.spearman(x, new double[] {5, 4, 4, 3, 1}), TOL);
    assertEquals(2.5, GraphStats.ranks(x)[1], TOL);
    assertEquals(2.5, GraphStats.ranks(x)[2], TOL);
  }

  /** Integer samples floor(x), x Pareto with density ~ x^-a above xmin: the tail fit recovers a. */
  @ParameterizedTest
  @ValueSource(doubles = {2.2, 2.5, 3.0})
  void powerLawFitRecoversTheExponentOfAParetoSample(double a) {
    SplittableRandom r = new SplittableRandom(7);
    int[] k = new int[50_000];
    for (int i = 0; i < k.length; i++) {
      k[i] = (int) (10 * Math.pow(1 - r.nextDouble(), -1 / (a - 1)));
    }
    GraphStats.PowerLawFit fit = GraphStats.powerLawTail(k, 1000);
    assertEquals(a, fit.alpha(), 0.1, fit.toString());
    assertTrue(fit.kmin() >= 10, fit.toString());
  }

  @Test
  void groupSizesCountAttributeValues() {
    SocialGraph g = StochasticBlockModel.generate(new int[] {3, 5}, 0.5, 0.1, 1);
    Map<String, Integer> expected = new HashMap<>(Map.of("0", 3, "1", 5));
    assertEquals(expected, GraphStats.groupSizes(g, "block"));
    assertEquals(List.of("block"), g.nodeAttributes().keys());
  }
}

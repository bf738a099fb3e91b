package org.weakties.bench.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.weakties.bench.Blackholes;
import org.weakties.graph.SocialGraph;

/** Smoke test: the benchmark body runs once on a tiny input, so the suite never rots. */
class BuildBenchmarkTest {
  @Test
  void benchmarkBodyRuns() {
    BuildBenchmark b = new BuildBenchmark();
    b.edges = 1000;
    b.setup();
    SocialGraph g = b.buildFromArrays();
    assertTrue(g.edgeCount() > 900 && g.edgeCount() <= 1000, g.toString());
    b.build(Blackholes.create());
  }

  @Test
  void jgraphtBuildsTheSameEdges() {
    BuildBenchmark b = new BuildBenchmark();
    b.edges = 1000;
    b.impl = "jgrapht";
    b.setup();
    assertEquals(b.buildFromArrays().edgeCount(), b.buildJGraphT().edgeSet().size());
    b.build(Blackholes.create());
  }
}

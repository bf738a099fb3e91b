package org.weakties.bench.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.weakties.graph.SocialGraph;

/** Smoke test: the benchmark body runs once on a tiny size, so the benchmark never rots. */
class GenerateBenchmarkTest {
  @Test
  void benchmarkBodyRuns() {
    GenerateBenchmark b = new GenerateBenchmark();
    b.n = 2000;
    b.threads = 1;
    b.setup();
    SocialGraph g = b.socialNetwork();
    assertEquals(2000, g.nodeCount());
    double mean = 2.0 * g.edgeCount() / g.nodeCount();
    assertTrue(mean > 15 && mean < 25, "mean degree " + mean);
    assertTrue(g.hasInteractions() && g.hasLastContact());
  }
}

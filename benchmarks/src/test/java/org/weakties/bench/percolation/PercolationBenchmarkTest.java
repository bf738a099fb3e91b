package org.weakties.bench.percolation;

import org.junit.jupiter.api.Test;
import org.weakties.bench.Blackholes;

/** Smoke test: both removal orders run once on a tiny network. */
class PercolationBenchmarkTest {
  @Test
  void bodiesRun() {
    for (String order : new String[] {"weight", "random"}) {
      PercolationBenchmark b = new PercolationBenchmark();
      b.n = 1000;
      b.order = order;
      b.setup();
      b.percolation(Blackholes.create());
    }
  }
}

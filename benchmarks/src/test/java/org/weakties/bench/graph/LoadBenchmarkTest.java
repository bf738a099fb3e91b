package org.weakties.bench.graph;

import org.junit.jupiter.api.Test;
import org.weakties.bench.Blackholes;

/** Smoke test: both loaders run once on the CSV of a tiny network. */
class LoadBenchmarkTest {
  @Test
  void bodiesRun() throws Exception {
    for (String impl : new String[] {"weakties", "jgrapht"}) {
      LoadBenchmark b = new LoadBenchmark();
      b.n = 1000;
      b.impl = impl;
      b.setup();
      b.load(Blackholes.create());
    }
  }
}

package org.weakties.bench.tie;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.weakties.bench.Blackholes;

/** Smoke test: both implementations of both benchmark bodies run once on a tiny network. */
class TieStrengthBenchmarkTest {
  @Test
  void bodiesRun() {
    for (String impl : new String[] {"weakties", "jgrapht"}) {
      TieStrengthBenchmark b = new TieStrengthBenchmark();
      b.n = 1000;
      b.impl = impl;
      b.threads = 2;
      b.setup();
      if (impl.equals("jgrapht")) {
        assertNotNull(b.jg);
      } else {
        assertNull(b.jg);
      }
      b.allEdges(Blackholes.create());
      b.clustering(Blackholes.create());
    }
  }
}

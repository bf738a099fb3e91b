package org.weakties.bench.holes;

import org.junit.jupiter.api.Test;
import org.weakties.bench.Blackholes;

/** Smoke test: weighted and unweighted bodies run once on a tiny network. */
class StructuralHolesBenchmarkTest {
  @Test
  void bodiesRun() {
    for (boolean weighted : new boolean[] {true, false}) {
      StructuralHolesBenchmark b = new StructuralHolesBenchmark();
      b.n = 1000;
      b.weighted = weighted;
      b.threads = 2;
      b.setup();
      b.constraint(Blackholes.create());
    }
  }
}

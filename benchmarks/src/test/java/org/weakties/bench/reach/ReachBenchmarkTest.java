package org.weakties.bench.reach;

import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.weakties.bench.Blackholes;

/** Smoke test: both methods run once on a tiny network. */
class ReachBenchmarkTest {
  @Test
  void bodiesRun() {
    for (String method : new String[] {"exact", "hyperball"}) {
      ReachBenchmark b = new ReachBenchmark();
      b.n = 1000;
      b.method = method;
      b.threads = 2;
      b.setup();
      b.reach2(Blackholes.create());
    }
    ReachBenchmark bad = new ReachBenchmark();
    bad.n = 1000;
    bad.method = "bfs";
    assertThrows(IllegalArgumentException.class, bad::setup);
  }
}

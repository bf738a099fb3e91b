package org.weakties.bench.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jgrapht.alg.connectivity.BiconnectivityInspector;
import org.junit.jupiter.api.Test;
import org.weakties.bench.BenchGraphs;
import org.weakties.bench.Blackholes;
import org.weakties.bench.JGraphTGraphs;
import org.weakties.bridge.Bridges;
import org.weakties.graph.SocialGraph;

/** Smoke tests: every body of the bridge family runs once on a tiny network. */
class BridgeBenchmarksTest {
  @Test
  void bridgesBothImplementations() {
    for (String impl : new String[] {"weakties", "jgrapht"}) {
      BridgesBenchmark b = new BridgesBenchmark();
      b.n = 1000;
      b.impl = impl;
      b.setup();
      b.bridges(Blackholes.create());
    }
  }

  @Test
  void jgraphtBridgesAgreeOnALongPath() {
    // a path of 20,000 nodes: deep recursion for JGraphT, which the large stack must absorb
    int n = 20_000;
    int[] s = new int[n - 1];
    int[] t = new int[n - 1];
    for (int i = 0; i < n - 1; i++) {
      s[i] = i;
      t[i] = i + 1;
    }
    SocialGraph path = SocialGraph.fromEdgeArrays(n, s, t, null);
    var jg = JGraphTGraphs.copyOf(path);
    int count = JGraphTGraphs.withLargeStack("bridges",
        () -> new BiconnectivityInspector<>(jg).getBridges().size());
    assertEquals(n - 1, count);
    assertEquals(n - 1, Bridges.compute(path).bridgeCount());
  }

  @Test
  void localBridgesBothCaps() {
    for (String cap : new String[] {"8", "unlimited"}) {
      LocalBridgesBenchmark b = new LocalBridgesBenchmark();
      b.n = 1000;
      b.maxSpan = cap;
      b.threads = 2;
      b.setup();
      b.localBridges(Blackholes.create());
    }
  }

  @Test
  void betweenness() {
    for (String impl : new String[] {"weakties", "jgrapht"}) {
      EdgeBetweennessBenchmark b = new EdgeBetweennessBenchmark();
      b.n = 300;
      b.impl = impl;
      b.threads = 2;
      b.setup();
      b.exact(Blackholes.create());
    }
    assertEquals("social-n300-k10-s1", BenchGraphs.baseName(300, BenchGraphs.BETWEENNESS_MEAN_DEGREE));
    SampledBetweennessBenchmark s = new SampledBetweennessBenchmark();
    s.n = 1000;
    s.samples = 16;
    s.threads = 2;
    s.setup();
    s.sampled(Blackholes.create());
  }
}

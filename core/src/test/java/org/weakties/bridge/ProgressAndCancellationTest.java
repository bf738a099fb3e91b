package org.weakties.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.weakties.exec.CancellationToken;
import org.weakties.exec.CancelledException;
import org.weakties.graph.SocialGraph;
import org.weakties.testing.CommunityGraphs;
import org.weakties.testing.CountingProgress;

class ProgressAndCancellationTest {
  private static final SocialGraph G = CommunityGraphs.plantedPartition(500, 25, 6, 2, 1);

  @Test
  void progressAddsUpToTheDeclaredWork() {
    CountingProgress p = new CountingProgress();
    Bridges.compute(G, BridgesParams.defaults().withProgress(p));
    assertEquals(List.of("bridges"), p.steps());
    assertEquals(500L, p.work());
    p = new CountingProgress();
    LocalBridgesResult r = LocalBridges.compute(G, LocalBridgesParams.defaults().withProgress(p));
    assertEquals(List.of("local bridges: triangles", "local bridges: spans"), p.steps());
    assertEquals((long) r.localBridgeCount() - r.bridgeCount(), p.work());
    assertEquals(2, p.finished());
    p = new CountingProgress();
    Betweenness.compute(G, BetweennessParams.sampled(40, 2).withProgress(p));
    assertEquals(List.of("betweenness"), p.steps());
    assertEquals(40L, p.work());
  }

  @Test
  void cancelledTokensStopEveryAlgorithm() {
    CancellationToken t = CancellationToken.create();
    t.cancel();
    assertThrows(CancelledException.class,
        () -> LocalBridges.compute(G, LocalBridgesParams.defaults().withToken(t)));
    assertThrows(CancelledException.class,
        () -> Betweenness.compute(G, BetweennessParams.exact().withToken(t)));
  }
}

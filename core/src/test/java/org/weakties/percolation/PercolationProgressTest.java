package org.weakties.percolation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.weakties.exec.CancellationToken;
import org.weakties.exec.CancelledException;
import org.weakties.graph.SocialGraph;
import org.weakties.testing.CommunityGraphs;
import org.weakties.testing.CountingProgress;

class PercolationProgressTest {
  @Test
  void progressAndCancellation() {
    SocialGraph g = CommunityGraphs.plantedPartition(30_000, 30, 6, 2, 1);
    CountingProgress p = new CountingProgress();
    Percolation.random(g, PercolationParams.defaults().withProgress(p));
    assertEquals(List.of("percolation"), p.steps());
    assertEquals((long) g.edgeCount(), p.work());
    CancellationToken t = CancellationToken.create();
    t.cancel();
    assertThrows(CancelledException.class,
        () -> Percolation.byWeight(g, PercolationParams.defaults().withToken(t)));
  }
}

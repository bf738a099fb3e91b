package org.weakties.holes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.weakties.exec.CancellationToken;
import org.weakties.exec.CancelledException;
import org.weakties.graph.SocialGraph;
import org.weakties.testing.CommunityGraphs;
import org.weakties.testing.CountingProgress;

class StructuralHolesProgressTest {
  @Test
  void progressAndCancellation() {
    SocialGraph g = CommunityGraphs.plantedPartition(400, 20, 6, 2, 1);
    CountingProgress p = new CountingProgress();
    StructuralHoles.compute(g, StructuralHolesParams.defaults().withProgress(p));
    assertEquals(List.of("structural holes"), p.steps());
    assertEquals(400L, p.work());
    CancellationToken t = CancellationToken.create();
    t.cancel();
    assertThrows(CancelledException.class,
        () -> StructuralHoles.compute(g, StructuralHolesParams.defaults().withToken(t)));
  }
}

package org.weakties.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SocialGraphSmokeTest {
  @Test
  void buildsSortedCsrWithLexicographicEdgeIds() {
    SocialGraph g = SocialGraph.fromEdgeArrays(4, new int[] {2, 0, 1, 3, 0}, new int[] {0, 1, 3, 2, 1},
        new double[] {1, 2, 3, 4, 5});
    assertEquals(4, g.nodeCount());
    assertEquals(4, g.edgeCount()); // (0,1) repeated: weights summed
    assertArrayEquals(new int[] {1, 2}, g.neighbors(0).toArray());
    assertArrayEquals(new int[] {0, 3}, g.neighbors(1).toArray());
    assertEquals(0, g.edgeId(0, 1));
    assertEquals(1, g.edgeId(2, 0));
    assertEquals(2, g.edgeId(1, 3));
    assertEquals(7.0, g.weight(0));
    assertEquals(3.0, g.weight(2));
    assertEquals(4.0, g.weight(3));
    assertEquals(-1, g.edgeId(1, 2));
    assertEquals(4L * 5 + 24L * 4, g.coreMemoryBytes());
  }
}

package org.weakties.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The label-based builder: policies, validation messages, attributes and input order. */
class SocialGraphBuilderTest {

  /** The same three rows under every policy: (a,b,2,i=3,t=10), (b,c,1), (b,a,5,i=4,t=7). */
  private static SocialGraph withRepeats(DuplicatePolicy p) {
    return SocialGraph.builder().duplicates(p)
        .addEdge("a", "b", 2.0, 3, 10L)
        .addEdge("b", "c", 1.0)
        .addEdge("b", "a", 5.0, 4, 7L)
        .build();
  }

  @Test
  void emptyBuilderGivesEmptyGraph() {
    SocialGraph g = SocialGraph.builder().build();
    assertEquals(0, g.nodeCount());
    assertEquals(0, g.edgeCount());
    assertEquals(0, g.maxDegree());
    assertEquals(0, g.inputOrder().length);
    assertFalse(g.hasInteractions());
    assertFalse(g.hasLastContact());
    assertEquals(4, g.coreMemoryBytes());
  }

  @Test
  void oneNodeWithoutEdges() {
    SocialGraphBuilder b = SocialGraph.builder();
    assertEquals(0, b.addNode("solo"));
    assertEquals(0, b.addNode("solo"));
    SocialGraph g = b.build();
    assertEquals(1, g.nodeCount());
    assertEquals(0, g.edgeCount());
    assertEquals(0, g.degree(0));
    assertEquals(0.0, g.strength(0));
    assertEquals("solo", g.label(0));
  }

  @Test
  void oneEdge() {
    SocialGraph g = SocialGraph.builder().addEdge("y", "x", 2.5).build();
    assertEquals(2, g.nodeCount());
    assertEquals(1, g.edgeCount());
    assertEquals(0, g.id("y"));
    assertEquals(1, g.id("x"));
    assertEquals(0, g.edgeId(0, 1));
    assertEquals(0, g.edgeId(1, 0));
    assertEquals(2.5, g.weight(0));
    assertEquals(2.5, g.strength(0));
    assertArrayEquals(new int[] {0}, g.inputOrder());
  }

  @Test
  void sumAddsWeightsAndCountsAndKeepsLatestContact() {
    SocialGraph g = withRepeats(DuplicatePolicy.SUM);
    assertEquals(2, g.edgeCount());
    int ab = g.edgeId(g.id("a"), g.id("b"));
    int bc = g.edgeId(g.id("b"), g.id("c"));
    assertEquals(7.0, g.weight(ab));
    assertEquals(7.0, g.interactions(ab));
    assertEquals(10L, g.lastContact(ab));
    assertEquals(1.0, g.weight(bc));
    assertTrue(Double.isNaN(g.interactions(bc)));
    assertEquals(SocialGraph.NO_TIME, g.lastContact(bc));
  }

  @Test
  void maxKeepsLargestWeightAndCount() {
    SocialGraph g = withRepeats(DuplicatePolicy.MAX);
    int ab = g.edgeId(g.id("a"), g.id("b"));
    assertEquals(5.0, g.weight(ab));
    assertEquals(4.0, g.interactions(ab));
    assertEquals(10L, g.lastContact(ab));
  }

  @Test
  void firstKeepsFirstWeightButLatestContact() {
    SocialGraph g = SocialGraph.builder().duplicates(DuplicatePolicy.FIRST)
        .addEdge("a", "b", 2.0, 3, 10L)
        .addEdge("a", "b", 5.0, 4, 99L)
        .build();
    assertEquals(2.0, g.weight(0));
    assertEquals(3.0, g.interactions(0));
    assertEquals(99L, g.lastContact(0));
  }

  @Test
  void unknownCountsDoNotPoisonMerges() {
    SocialGraph g = SocialGraph.builder()
        .addEdge("a", "b", 1.0)
        .addEdge("a", "b", 1.0, 6, SocialGraph.NO_TIME)
        .addEdge("a", "b", 1.0)
        .build();
    assertEquals(3.0, g.weight(0));
    assertEquals(6.0, g.interactions(0));
    assertTrue(g.hasInteractions());
    assertFalse(g.hasLastContact());
  }

  @Test
  void rejectNamesTheRepeatedEdge() {
    EdgeRejectedException e = assertThrows(EdgeRejectedException.class,
        () -> withRepeats(DuplicatePolicy.REJECT));
    assertEquals(2, e.position());
    assertTrue(e.getMessage().contains("edge #2 ('b', 'a') repeats edge #0"), e.getMessage());
    assertTrue(e.getMessage().contains("SUM, MAX, FIRST"), e.getMessage());
  }

  @Test
  void rejectReportsEarliestRepeatInInputOrder() {
    // the later group (c,d) repeats first in the input
    EdgeRejectedException e = assertThrows(EdgeRejectedException.class,
        () -> SocialGraph.builder().duplicates(DuplicatePolicy.REJECT)
            .addEdge("a", "b").addEdge("c", "d").addEdge("d", "c").addEdge("b", "a").build());
    assertEquals(2, e.position());
  }

  @Test
  void selfLoopsRejectedByDefault() {
    EdgeRejectedException e = assertThrows(EdgeRejectedException.class,
        () -> SocialGraph.builder().addEdge("a", "b").addEdge("c", "c").build());
    assertEquals(1, e.position());
    assertTrue(e.getMessage().contains("('c', 'c')"), e.getMessage());
    assertTrue(e.getMessage().contains("IGNORE"), e.getMessage());
  }

  @Test
  void ignoredSelfLoopStillAddsItsNode() {
    SocialGraph g = SocialGraph.builder().selfLoops(SelfLoopPolicy.IGNORE)
        .addEdge("a", "b").addEdge("c", "c").addEdge("b", "a").build();
    assertEquals(3, g.nodeCount());
    assertEquals(1, g.edgeCount());
    assertEquals(0, g.degree(g.id("c")));
    assertEquals(2.0, g.weight(0));
    assertArrayEquals(new int[] {0}, g.inputOrder());
  }

  @ParameterizedTest
  @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -1.0, 0.0,
      -0.0})
  void badWeightsRejectedNamingTheEdge(double w) {
    EdgeRejectedException e = assertThrows(EdgeRejectedException.class,
        () -> SocialGraph.builder().addEdge("a", "b", 1.0).addEdge("ann", "bob", w).build());
    assertEquals(1, e.position());
    String m = e.getMessage();
    assertTrue(m.contains("('ann', 'bob')"), m);
    assertTrue(m.contains(Double.toString(w)), m);
    assertTrue(m.contains("finite and > 0"), m);
  }

  @Test
  void badWeightsAlsoRejectedInEdgeArrays() {
    EdgeRejectedException e = assertThrows(EdgeRejectedException.class,
        () -> SocialGraph.fromEdgeArrays(3, new int[] {0, 1}, new int[] {1, 2},
            new double[] {1, Double.NaN}));
    assertEquals(1, e.position());
    assertTrue(e.getMessage().contains("edge #1 (1, 2)"), e.getMessage());
  }

  @Test
  void negativeOrInfiniteCountsRejected() {
    assertThrows(EdgeRejectedException.class,
        () -> SocialGraph.builder().addEdge("a", "b", 1.0, -1, SocialGraph.NO_TIME).build());
    assertThrows(EdgeRejectedException.class, () -> SocialGraph.builder()
        .addEdge("a", "b", 1.0, Double.POSITIVE_INFINITY, SocialGraph.NO_TIME).build());
  }

  @Test
  void inputOrderRemembersFirstAppearanceAndOrientation() {
    SocialGraph g = SocialGraph.builder()
        .addEdge("d", "c") // ids d=0, c=1: (1,0) reversed
        .addEdge("a", "b") // a=2, b=3
        .addEdge("c", "a") // (1,2)
        .addEdge("d", "c") // repeat: not listed again
        .build();
    int[] order = g.inputOrder();
    assertEquals(3, order.length);
    int e0 = g.edgeId(0, 1);
    int e1 = g.edgeId(2, 3);
    int e2 = g.edgeId(1, 2);
    // row 1 is (d=0, c=1): smaller id first, so not reversed
    assertEquals(e0, order[0]);
    assertEquals(e1, order[1]);
    assertEquals(e2, order[2]);
    SocialGraph h = SocialGraph.builder().addEdge("x", "y").addEdge("z", "x").build();
    // (z=2, x=0) is written larger id first: ~e
    assertArrayEquals(new int[] {0, ~h.edgeId(0, 2)}, h.inputOrder());
    int[] copy = h.inputOrder();
    copy[0] = 42;
    assertEquals(0, h.inputOrder()[0], "inputOrder hands out a copy");
  }

  @Test
  void labelsKeepTheirTypeAndText() {
    SocialGraph g = SocialGraph.builder().addEdge("007", "7").addEdge(7L, 7).build();
    assertEquals(4, g.nodeCount());
    assertEquals("007", g.label(g.id("007")));
    assertTrue(g.index().find("7") != g.index().find(7));
    assertTrue(g.index().find(7L) != g.index().find(7));
    assertEquals(-1, g.index().find(8));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> g.id("8"));
    assertTrue(e.getMessage().contains("unknown node: '8'"), e.getMessage());
  }

  @Test
  void nodeAttributesAreCollectedPerKey() {
    SocialGraph g = SocialGraph.builder()
        .addEdge("a", "b")
        .nodeAttribute("a", "industry", "software")
        .nodeAttribute("c", "industry", "retail")
        .nodeAttribute("b", "digital", "true")
        .build();
    NodeAttributes at = g.nodeAttributes();
    assertEquals(3, g.nodeCount(), "attribute of a new node adds the node");
    assertEquals(List.of("industry", "digital"), at.keys());
    assertEquals("software", at.get(g.id("a"), "industry"));
    assertEquals("retail", at.get(g.id("c"), "industry"));
    assertNull(at.get(g.id("b"), "industry"));
    assertNull(at.get(g.id("a"), "nope"));
    assertArrayEquals(new String[] {null, "true", null}, at.column("digital"));
  }

  @Test
  void builderIsSingleUse() {
    SocialGraphBuilder b = SocialGraph.builder().addEdge("a", "b");
    b.build();
    assertThrows(IllegalStateException.class, () -> b.addEdge("b", "c"));
  }

  @Test
  void nullLabelAndBadIdsRejected() {
    assertThrows(NullPointerException.class, () -> SocialGraph.builder().addEdge(null, "b"));
    SocialGraphBuilder b = SocialGraph.builder();
    b.addNode("a");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> b.addEdgeIds(0, 1, 1.0, Double.NaN, SocialGraph.NO_TIME));
    assertTrue(e.getMessage().contains("out of range"), e.getMessage());
  }

  @Test
  void manyEdgesThroughGrowth() {
    SocialGraphBuilder b = SocialGraph.builder();
    for (int i = 0; i < 10_000; i++) {
      b.addEdge("n" + i, "n" + (i + 1), 1.0 + i % 3, i % 5 == 0 ? i : Double.NaN,
          i % 7 == 0 ? i : SocialGraph.NO_TIME);
    }
    assertEquals(10_000, b.edgesAdded());
    SocialGraph g = b.build();
    assertEquals(10_001, g.nodeCount());
    assertEquals(10_000, g.edgeCount());
    for (int i = 0; i < 10_000; i++) {
      int e = g.edgeId(g.id("n" + i), g.id("n" + (i + 1)));
      assertEquals(1.0 + i % 3, g.weight(e));
      assertEquals(i % 5 == 0 ? i : Double.NaN, g.interactions(e));
      assertEquals(i % 7 == 0 ? i : SocialGraph.NO_TIME, g.lastContact(e));
    }
  }
}

package org.weakties.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.weakties.testing.MiniJson.arr;
import static org.weakties.testing.MiniJson.num;
import static org.weakties.testing.MiniJson.obj;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.weakties.testing.MiniJson;
import org.weakties.testing.NamedGraphs;

/**
 * Ego networks, induced sub-graphs and edge filters. Ego networks of the karate club are compared
 * with NetworkX 2.8.8's {@code ego_graph} (reference/graph/make_graph_reference.py).
 */
class SubgraphsTest {

  @Test
  void egoNetworksMatchNetworkX() {
    SocialGraph g = NamedGraphs.karate();
    Map<String, Object> ref = obj(MiniJson.resource("/reference/graph/graph_reference.json"));
    List<Object> cases = arr(ref.get("ego"));
    assertEquals(8, cases.size());
    for (Object c : cases) {
      Map<String, Object> x = obj(c);
      String ego = (String) x.get("ego");
      int radius = (int) num(x.get("radius"));
      SocialGraph e = Subgraphs.ego(g, g.id(ego), radius);
      TreeSet<String> expected = new TreeSet<>();
      arr(x.get("nodes")).forEach(o -> expected.add((String) o));
      TreeSet<String> actual = new TreeSet<>();
      for (int i = 0; i < e.nodeCount(); i++) {
        actual.add((String) e.label(i));
      }
      String what = "ego " + ego + " radius " + radius;
      assertEquals(expected, actual, what);
      assertEquals((int) num(x.get("edges")), e.edgeCount(), what);
      double w = 0;
      for (int k = 0; k < e.edgeCount(); k++) {
        w += e.weight(k);
      }
      assertEquals(num(x.get("total_weight")), w, 1e-9, what);
      // every edge of the ego network is an edge of the graph with the same weight
      e.forEachEdge((k, u, v) -> {
        int orig = g.edgeId(g.id(e.label(u)), g.id(e.label(v)));
        assertTrue(orig >= 0);
        assertEquals(g.weight(orig), e.weight(k));
      });
      // nodes keep their relative order
      for (int i = 1; i < e.nodeCount(); i++) {
        assertTrue(g.id(e.label(i - 1)) < g.id(e.label(i)));
      }
    }
  }

  @Test
  void egoRejectsBadArguments() {
    SocialGraph g = NamedGraphs.florentine();
    assertThrows(IllegalArgumentException.class, () -> Subgraphs.ego(g, 0, 0));
    assertThrows(IllegalArgumentException.class, () -> Subgraphs.ego(g, 0, 3));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Subgraphs.ego(g, g.nodeCount(), 1));
    assertTrue(e.getMessage().contains("unknown node id"), e.getMessage());
  }

  @Test
  void egoOfIsolatedNodeIsOneNode() {
    SocialGraph g = SocialGraph.builder().addEdge("a", "b").build().withNodeAttributes(
        NodeAttributes.of(2, Map.of("k", new String[] {"x", "y"})));
    SocialGraphBuilder b = SocialGraph.builder();
    b.addNode("lonely");
    b.addEdge("a", "b");
    SocialGraph g2 = b.build();
    SocialGraph e = Subgraphs.ego(g2, g2.id("lonely"), 2);
    assertEquals(1, e.nodeCount());
    assertEquals(0, e.edgeCount());
    assertEquals("y", Subgraphs.ego(g, 1, 1).nodeAttributes().get(1, "k"));
  }

  @Test
  void inducedKeepsAttributesAndNumbersInGivenOrder() {
    SocialGraph g = SocialGraph.builder()
        .addEdge("a", "b", 2, 5, 100L)
        .addEdge("b", "c", 3, Double.NaN, 200L)
        .addEdge("c", "d", 4)
        .nodeAttribute("c", "role", "broker")
        .build();
    SocialGraph h = Subgraphs.induced(g, new int[] {g.id("c"), g.id("b"), g.id("a")});
    assertEquals(3, h.nodeCount());
    assertEquals("c", h.label(0));
    assertEquals("a", h.label(2));
    assertEquals(2, h.edgeCount());
    int ab = h.edgeId(h.id("a"), h.id("b"));
    int bc = h.edgeId(h.id("b"), h.id("c"));
    assertEquals(2.0, h.weight(ab));
    assertEquals(5.0, h.interactions(ab));
    assertEquals(100L, h.lastContact(ab));
    assertEquals(3.0, h.weight(bc));
    assertTrue(Double.isNaN(h.interactions(bc)));
    assertEquals("broker", h.nodeAttributes().get(0, "role"));
    assertThrows(IllegalArgumentException.class, () -> Subgraphs.induced(g, new int[] {0, 0}));
    assertThrows(IllegalArgumentException.class, () -> Subgraphs.induced(g, new int[] {9}));
    assertEquals(0, Subgraphs.induced(g, new int[0]).nodeCount());
  }

  @Test
  void inducedOnIdentityIndexKeepsOriginalIds() {
    SocialGraph g = SocialGraph.fromEdgeArrays(5, new int[] {0, 1, 2, 3}, new int[] {1, 2, 3, 4},
        null);
    SocialGraph prefix = Subgraphs.induced(g, new int[] {0, 1, 2});
    assertTrue(prefix.index().isIdentity());
    SocialGraph other = Subgraphs.induced(g, new int[] {4, 3});
    assertEquals(4, other.label(0));
    assertEquals(3, other.label(1));
    assertEquals(1, other.edgeCount());
  }

  @Test
  void filterEdgesKeepsEveryNode() {
    SocialGraph g = NamedGraphs.karate();
    SocialGraph strong = Subgraphs.filterEdges(g, e -> g.weight(e) >= 4);
    assertEquals(g.nodeCount(), strong.nodeCount());
    int expected = 0;
    List<String> kept = new ArrayList<>();
    for (int e = 0; e < g.edgeCount(); e++) {
      if (g.weight(e) >= 4) {
        expected++;
      }
    }
    assertEquals(expected, strong.edgeCount());
    strong.forEachEdge((e, u, v) -> {
      assertTrue(strong.weight(e) >= 4);
      assertEquals(strong.weight(e), g.weight(g.edgeId(u, v)));
      kept.add(u + "-" + v);
    });
    assertEquals(expected, kept.size());
    assertEquals(0, Subgraphs.filterEdges(g, e -> false).edgeCount());
    assertTrue(Subgraphs.filterEdges(g, e -> true).sameStructure(g));
  }
}

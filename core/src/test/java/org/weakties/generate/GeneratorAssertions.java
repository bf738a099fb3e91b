package org.weakties.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.weakties.graph.SocialGraph;

/** Assertions shared by the generator tests. */
final class GeneratorAssertions {
  private GeneratorAssertions() {}

  /** Same nodes, same edges in id order, same weights, interactions, last contacts and attributes. */
  static void assertSameGraph(SocialGraph a, SocialGraph b) {
    assertEquals(a.nodeCount(), b.nodeCount());
    assertEquals(a.edgeCount(), b.edgeCount());
    assertTrue(a.sameStructure(b));
    SocialGraph.EdgeEndpoints ea = a.endpoints();
    SocialGraph.EdgeEndpoints eb = b.endpoints();
    assertArrayEquals(ea.source(), eb.source());
    assertArrayEquals(ea.target(), eb.target());
    for (int e = 0; e < a.edgeCount(); e++) {
      assertEquals(Double.doubleToLongBits(a.weight(e)), Double.doubleToLongBits(b.weight(e)));
      assertEquals(Double.doubleToLongBits(a.interactions(e)),
          Double.doubleToLongBits(b.interactions(e)));
      assertEquals(a.lastContact(e), b.lastContact(e));
    }
    assertEquals(a.nodeAttributes(), b.nodeAttributes());
  }

  /** Whether two graphs have different edge sets. */
  static boolean differ(SocialGraph a, SocialGraph b) {
    if (a.nodeCount() != b.nodeCount() || a.edgeCount() != b.edgeCount()) {
      return true;
    }
    SocialGraph.EdgeEndpoints ea = a.endpoints();
    SocialGraph.EdgeEndpoints eb = b.endpoints();
    for (int e = 0; e < a.edgeCount(); e++) {
      if (ea.source()[e] != eb.source()[e] || ea.target()[e] != eb.target()[e]) {
        return true;
      }
    }
    return false;
  }

  /** Every node label is the Integer equal to its id (the generators' identity labels). */
  static void assertIdentityLabels(SocialGraph g) {
    for (int u = 0; u < g.nodeCount(); u++) {
      assertEquals(Integer.valueOf(u), g.label(u));
    }
  }

  /** Every edge has weight 1 and no interactions or last contact (the simple generators). */
  static void assertUnweighted(SocialGraph g) {
    for (int e = 0; e < g.edgeCount(); e++) {
      assertEquals(1.0, g.weight(e));
    }
    assertTrue(!g.hasInteractions() && !g.hasLastContact());
  }
}

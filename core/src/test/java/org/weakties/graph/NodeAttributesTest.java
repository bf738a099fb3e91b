package org.weakties.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** NodeAttributes and NodeIndex. */
class NodeAttributesTest {

  @Test
  void columnsAreCopiedAndOrdered() {
    String[] ind = {"software", null, "retail"};
    Map<String, String[]> cols = new LinkedHashMap<>();
    cols.put("industry", ind);
    cols.put("digital", new String[] {"true", "false", "true"});
    NodeAttributes a = NodeAttributes.of(3, cols);
    ind[0] = "changed";
    assertEquals("software", a.get(0, "industry"));
    assertNull(a.get(1, "industry"));
    assertEquals(List.of("industry", "digital"), a.keys());
    assertTrue(a.has("digital"));
    assertFalse(a.has("age"));
    assertNull(a.column("age"));
    String[] col = a.column("digital");
    col[0] = "x";
    assertEquals("true", a.get(0, "digital"));
    assertThrows(IndexOutOfBoundsException.class, () -> a.get(3, "digital"));
    assertEquals(NodeAttributes.of(3, Map.of(
        "industry", new String[] {"software", null, "retail"},
        "digital", new String[] {"true", "false", "true"})), a, "equality ignores key order");
    assertNotEquals(NodeAttributes.empty(3), a);
  }

  @Test
  void wrongLengthRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> NodeAttributes.of(2, Map.of("k", new String[3])));
    assertTrue(e.getMessage().contains("'k' has 3 values for 2 nodes"), e.getMessage());
  }

  @Test
  void graphWithAttributesSharesStructure() {
    SocialGraph g = SocialGraph.builder().addEdge("a", "b").build();
    assertEquals(0, g.nodeAttributes().keys().size());
    SocialGraph h = g.withNodeAttributes(NodeAttributes.of(2, Map.of("k", new String[] {"1", "2"})));
    assertTrue(h.sameStructure(g));
    assertEquals("2", h.nodeAttributes().get(1, "k"));
    assertThrows(IllegalArgumentException.class,
        () -> g.withNodeAttributes(NodeAttributes.empty(3)));
  }

  @Test
  void indexLookups() {
    NodeIndex idx = NodeIndex.of(Arrays.asList("x", "y", 3));
    assertEquals(3, idx.size());
    assertEquals(2, idx.find(3));
    assertEquals(-1, idx.find("3"));
    assertEquals(1, idx.id("y"));
    assertFalse(idx.isIdentity());
    assertThrows(IllegalArgumentException.class, () -> NodeIndex.of(List.of("a", "a")));
    NodeIndex id = NodeIndex.identity(4);
    assertTrue(id.isIdentity());
    assertEquals(3, id.find(3));
    assertEquals(-1, id.find(4));
    assertEquals(-1, id.find(3L));
    assertEquals(-1, id.find("3"));
    assertEquals(2, id.label(2));
    assertArrayEquals(new Object[] {0, 1}, new Object[] {id.label(0), id.label(1)});
  }
}

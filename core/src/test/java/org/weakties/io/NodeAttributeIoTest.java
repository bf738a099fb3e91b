package org.weakties.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.weakties.graph.NodeAttributes;
import org.weakties.graph.NodeIndex;
import org.weakties.graph.SocialGraph;

/** Node-attribute tables: reading aligned to a graph, writing, and their errors. */
class NodeAttributeIoTest {

  private static final SocialGraph G = SocialGraph.builder()
      .addEdge("ann", "007").addEdge("007", "cid").build();

  static NodeAttributes read(String text, NodeIndex index, NodeAttributeOptions o)
      throws IOException {
    return NodeAttributeReader.read(new StringReader(text), "nodes.csv", index, o);
  }

  static NodeAttributes read(String text) throws IOException {
    return read(text, G.index(), NodeAttributeOptions.defaults());
  }

  @Test
  void readsColumnsByNodeLabel() throws IOException {
    NodeAttributes a = read("industry,node,digital\nsoftware,007,true\n,cid,\"\"\n");
    assertEquals(List.of("industry", "digital"), a.keys());
    assertEquals(3, a.nodeCount());
    assertEquals("software", a.get(G.id("007"), "industry"));
    assertEquals("true", a.get(G.id("007"), "digital"));
    assertNull(a.get(G.id("cid"), "industry"), "empty cell = no value");
    assertEquals("", a.get(G.id("cid"), "digital"), "quoted empty cell = empty string");
    assertNull(a.get(G.id("ann"), "industry"), "node without a row");
  }

  @Test
  void unknownNodesAreAnErrorOrSkipped() throws IOException {
    GraphFormatException e = assertThrows(GraphFormatException.class,
        () -> read("node,k\n007,x\n7,y\n"));
    assertEquals(3, e.line());
    assertEquals("node", e.column());
    assertEquals("7", e.text());
    assertTrue(e.getMessage().contains("is not a node of the graph"), e.getMessage());
    NodeAttributes a = read("node,k\n007,x\n7,y\n", G.index(),
        NodeAttributeOptions.defaults().withIgnoreUnknownNodes(true));
    assertEquals("x", a.get(G.id("007"), "k"));
  }

  @Test
  void errorsNameLineColumnAndText() {
    Object[][] cases = {
        {"", 0L, null, "the file is empty"},
        {"name,k\n007,x\n", 1L, null, "has no column 'node'"},
        {"node,k\n007,x,y\n", 2L, null, "has 3 fields; expected 2 fields"},
        {"node,k,k\n007,x,y\n", 1L, "k", "is also the name of column 2"},
        {"node,,k\n007,x,y\n", 1L, "", "is an empty column name"},
        {"node,k\n007,x\nann,y\n007,z\n", 4L, "node", "already has a row, on line 2"},
        {"node,k\n,x\n", 2L, "node", "is an empty node label"},
        {"node,k\n\"007,x\n", 2L, "node", "never closed"}};
    for (Object[] c : cases) {
      GraphFormatException e = assertThrows(GraphFormatException.class, () -> read((String) c[0]),
          (String) c[0]);
      assertEquals(c[1], e.line(), e.getMessage());
      assertEquals(c[2], e.column(), e.getMessage());
      assertTrue(e.getMessage().contains((String) c[3]), e.getMessage());
      assertEquals("nodes.csv", e.file());
    }
  }

  @Test
  void identityIndexMatchesCanonicalIntegers() throws IOException {
    NodeIndex idx = SocialGraph.fromEdgeArrays(12, new int[] {0}, new int[] {11}, null).index();
    NodeAttributes a = read("node,k\n11,x\n0,y\n", idx, NodeAttributeOptions.defaults());
    assertEquals("x", a.get(11, "k"));
    assertEquals("y", a.get(0, "k"));
    for (String bad : new String[] {"011", "+1", "12", "-0", "1.0"}) {
      assertThrows(GraphFormatException.class,
          () -> read("node,k\n" + bad + ",x\n", idx, NodeAttributeOptions.defaults()), bad);
    }
  }

  @Test
  void writeThenReadBack(@TempDir Path dir) throws IOException {
    SocialGraph g = RoundTripTest.awkward(4, true);
    for (String file : new String[] {"nodes.csv", "nodes.tsv.gz"}) {
      NodeAttributeOptions o = file.contains("tsv")
          ? NodeAttributeOptions.defaults().withCsv(CsvOptions.tsv())
          : NodeAttributeOptions.defaults();
      Path p = dir.resolve(file);
      NodeAttributeWriter.write(g, p, o);
      NodeAttributes back = NodeAttributeReader.read(p, g.index(), o);
      assertEquals(g.nodeAttributes(), back, file);
      SocialGraph h = NodeAttributeReader.attach(g.withNodeAttributes(NodeAttributes.empty(
          g.nodeCount())), p, o);
      assertEquals(g.nodeAttributes(), h.nodeAttributes());
    }
  }

  @Test
  void writtenTableLooksRight() throws IOException {
    SocialGraph g = SocialGraph.builder().addEdge("a", "b,c")
        .nodeAttribute("a", "role", "broker").nodeAttribute("b,c", "note", "").build();
    StringWriter w = new StringWriter();
    NodeAttributeWriter.write(g, w, NodeAttributeOptions.defaults());
    assertEquals("node,role,note\na,broker,\n\"b,c\",,\"\"\n", w.toString());
    SocialGraph clash = SocialGraph.builder().nodeAttribute("x", "node", "v").build();
    assertThrows(IllegalArgumentException.class, () -> NodeAttributeWriter.write(clash,
        new StringWriter(), NodeAttributeOptions.defaults()));
    assertArrayEquals(new String[] {"v"}, clash.nodeAttributes().column("node"));
  }

  @Test
  void emptyAttributeFileGivesNoKeys(@TempDir Path dir) throws IOException {
    Path p = dir.resolve("n.csv");
    Files.writeString(p, "node\n007\n");
    NodeAttributes a = NodeAttributeReader.read(p, G.index(), NodeAttributeOptions.defaults());
    assertEquals(List.of(), a.keys());
    assertEquals(3, a.nodeCount());
  }
}

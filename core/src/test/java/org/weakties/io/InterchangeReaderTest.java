package org.weakties.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.weakties.testing.MiniJson.arr;
import static org.weakties.testing.MiniJson.num;
import static org.weakties.testing.MiniJson.obj;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.weakties.graph.DuplicatePolicy;
import org.weakties.graph.SocialGraph;
import org.weakties.testing.MiniJson;

/**
 * GraphML, GML, DOT and JSON input: files written by NetworkX 2.8.8
 * (reference/io/make_networkx_files.py), hand-written documents, errors, and the XXE guard.
 */
class InterchangeReaderTest {

  static SocialGraph read(String text, GraphFormat f) throws IOException {
    return GraphFiles.read(new StringReader(text), "in" + f.extensions()[0], f,
        f.defaultOptions());
  }

  @ParameterizedTest
  @ValueSource(strings = {"karate.graphml", "karate.gml", "davis_women.graphml",
      "davis_women.gml"})
  void readsNetworkXFiles(String file) throws IOException {
    Map<String, Object> ref = obj(MiniJson.resource("/reference/io/networkx_expected.json"));
    Map<String, Object> x = obj(ref.get(file.substring(0, file.indexOf('.'))));
    SocialGraph g;
    try (InputStream in = getClass().getResourceAsStream("/reference/io/" + file)) {
      g = GraphFiles.read(in, file, GraphFormat.ofFileName(file),
          GraphFormat.ofFileName(file).defaultOptions());
    }
    List<Object> nodes = arr(x.get("nodes"));
    assertEquals(nodes.size(), g.nodeCount());
    for (int i = 0; i < nodes.size(); i++) {
      assertEquals(nodes.get(i), g.label(i), file);
    }
    List<Object> edges = arr(x.get("edges"));
    assertEquals(edges.size(), g.edgeCount());
    for (Object o : edges) {
      List<Object> e = arr(o);
      int id = g.edgeId(g.id(e.get(0)), g.id(e.get(1)));
      assertTrue(id >= 0, e.toString());
      assertEquals(num(e.get(2)), g.weight(id), 0.0, e.toString());
    }
    Map<String, Object> attrs = obj(x.get("attributes"));
    for (Map.Entry<String, Object> a : attrs.entrySet()) {
      for (Map.Entry<String, Object> kv : obj(a.getValue()).entrySet()) {
        assertEquals(kv.getValue(), g.nodeAttributes().get(g.id(a.getKey()), kv.getKey()));
      }
    }
    assertTrue(g.nodeAttributes().keys().size() == (attrs.isEmpty() ? 0 : 1));
  }

  @Test
  void graphMLWithIsolatedNodesDefaultsAndDirectedEdges() throws IOException {
    String xml = "<?xml version=\"1.0\"?>\n"
        + "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
        + "<key id=\"w\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\">"
        + "<default>2.5</default></key>\n"
        + "<key id=\"t\" for=\"edge\" attr.name=\"last_contact\" attr.type=\"long\"/>\n"
        + "<key id=\"c\" for=\"node\" attr.name=\"color\" attr.type=\"string\"/>\n"
        + "<graph edgedefault=\"directed\">\n"
        + "<node id=\"n 1\"><data key=\"c\">red</data></node><node id=\"n2\"/><node id=\"solo\"/>\n"
        + "<edge source=\"n 1\" target=\"n2\"/>\n"
        + "<edge source=\"n2\" target=\"n 1\"><data key=\"w\"> 1.5 </data>"
        + "<data key=\"t\">99</data></edge>\n"
        + "</graph></graphml>\n";
    SocialGraph g = read(xml, GraphFormat.GRAPHML);
    assertEquals(3, g.nodeCount());
    assertEquals(1, g.edgeCount(), "directed edges are taken as undirected, repeats summed");
    assertEquals(4.0, g.weight(0));
    assertEquals(99L, g.lastContact(0));
    assertEquals("red", g.nodeAttributes().get(g.id("n 1"), "color"));
    assertNull(g.nodeAttributes().get(g.id("solo"), "color"));
    GraphFormatException e = assertThrows(GraphFormatException.class,
        () -> GraphFiles.read(new StringReader(xml), "in.graphml", GraphFormat.GRAPHML,
            GraphFormat.GRAPHML.defaultOptions().withDuplicates(DuplicatePolicy.REJECT)));
    assertTrue(e.getMessage().contains("repeats"), e.getMessage());
  }

  @Test
  void badAttributeValuesAreReported() {
    String xml = "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">"
        + "<key id=\"w\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>"
        + "<graph edgedefault=\"undirected\"><node id=\"a\"/><node id=\"b\"/>"
        + "<edge source=\"a\" target=\"b\"><data key=\"w\">abc</data></edge></graph></graphml>";
    GraphFormatException e = assertThrows(GraphFormatException.class,
        () -> read(xml, GraphFormat.GRAPHML));
    assertEquals("in.graphml, edge #1 'a' -- 'b', attribute 'weight': \"abc\" is not a number;"
        + " expected a finite number > 0", e.getMessage());
    GraphFormatException neg = assertThrows(GraphFormatException.class,
        () -> read("{\"nodes\":[{\"id\":\"a\"},{\"id\":\"b\"}],\"edges\":[{\"source\":\"a\","
            + "\"target\":\"b\",\"weight\":-1}]}", GraphFormat.JSON));
    assertTrue(neg.getMessage().contains("is not allowed as a weight"), neg.getMessage());
  }

  @Test
  void malformedDocumentsGiveLinesWhenTheParserKnowsThem() {
    GraphFormatException x = assertThrows(GraphFormatException.class,
        () -> read("<graphml>\n<graph>\n<node id=\"a\">\n</graph></graphml>",
            GraphFormat.GRAPHML));
    assertEquals(4, x.line(), x.getMessage());
    assertTrue(x.getMessage().contains("not well-formed XML"), x.getMessage());
    GraphFormatException undeclared = assertThrows(GraphFormatException.class,
        () -> read("<graphml><graph><node id=\"a\"/><edge source=\"a\" target=\"zz\"/></graph>"
            + "</graphml>", GraphFormat.GRAPHML));
    assertTrue(undeclared.getMessage().contains("zz"), undeclared.getMessage());
    GraphFormatException gml = assertThrows(GraphFormatException.class,
        () -> read("graph [\n node [ id 1 ]\n node [ id \"x\" ]\n]", GraphFormat.GML));
    assertTrue(gml.getMessage().contains("cannot be read as GML"), gml.getMessage());
    GraphFormatException dot = assertThrows(GraphFormatException.class,
        () -> read("graph G {\n a -- b\n c -- \n}", GraphFormat.DOT));
    assertEquals(4, dot.line(), dot.getMessage());
    GraphFormatException json = assertThrows(GraphFormatException.class,
        () -> read("{\"nodes\": [ {\"id\": \"a\"} ,, ]}", GraphFormat.JSON));
    assertEquals(1, json.line(), json.getMessage());
    GraphFormatException deep = assertThrows(GraphFormatException.class,
        () -> read("{\"x\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}", GraphFormat.JSON));
    assertTrue(deep.getMessage().contains("JSON"), deep.getMessage());
  }

  @Test
  void gmlNumbersWithExponentsAreRead() throws IOException {
    SocialGraph g = read("graph [ node [ id 0 label \"a\" ] node [ id 1 label \"b\" ]"
        + " node [ id 2 ] edge [ source 0 target 1 weight 1.E-09 interactions 2e3 ]"
        + " edge [ source 1 target 2 weight 2.5E+2 ] ]", GraphFormat.GML);
    assertEquals("a", g.label(0));
    assertEquals("2", g.label(2), "a GML node without label is named by its id");
    assertEquals(1e-9, g.weight(g.edgeId(0, 1)));
    assertEquals(2000.0, g.interactions(g.edgeId(0, 1)));
    assertEquals(250.0, g.weight(g.edgeId(1, 2)));
    assertEquals("x 0.000001 \"1e-6\" y2e5 # 1e5\n1000",
        JGraphTFormats.plainGmlNumbers("x 1e-6 \"1e-6\" y2e5 # 1e5\n1e3"));
    GraphFormatException twice = assertThrows(GraphFormatException.class, () -> read(
        "graph [ node [ id 0 label \"a\" ] node [ id 1 label \"a\" ] ]", GraphFormat.GML));
    assertTrue(twice.getMessage().contains("is also the label of node 0"), twice.getMessage());
  }

  @Test
  void invalidUtf8IsAFormatProblemInEveryFormat() {
    byte[] bad = {'g', 'r', 'a', 'p', 'h', ' ', (byte) 0xC3, (byte) 0x28};
    for (GraphFormat f : new GraphFormat[] {GraphFormat.GRAPHML, GraphFormat.GML, GraphFormat.DOT,
        GraphFormat.JSON}) {
      GraphFormatException e = assertThrows(GraphFormatException.class, () -> GraphFiles.read(
          new java.io.ByteArrayInputStream(bad), "bad" + f.extensions()[0], f,
          f.defaultOptions()), f.toString());
      assertTrue(e.getMessage().contains("is not valid UTF-8"), e.getMessage());
    }
  }

  @Test
  void byteOrderMarkIsSkipped() throws IOException {
    assertEquals(1, read("\uFEFF<?xml version=\"1.0\"?><graphml><graph><node id=\"a\"/></graph>"
        + "</graphml>", GraphFormat.GRAPHML).nodeCount());
    assertEquals(2, read("\uFEFF{\"nodes\":[{\"id\":\"a\"},{\"id\":\"b\"}]}", GraphFormat.JSON)
        .nodeCount());
    assertEquals(1, read("\uFEFFgraph [ node [ id 0 ] ]", GraphFormat.GML).nodeCount());
    assertEquals(2, read("\uFEFFgraph { a -- b }", GraphFormat.DOT).nodeCount());
  }

  @Test
  void dotAndJsonDetails() throws IOException {
    SocialGraph d = read("digraph { a -> b [weight=3]; b -> c; \"d e\"; }", GraphFormat.DOT);
    assertEquals(4, d.nodeCount());
    assertEquals(3.0, d.weight(d.edgeId(d.id("a"), d.id("b"))));
    assertEquals(1.0, d.weight(d.edgeId(d.id("b"), d.id("c"))));
    assertEquals(0, d.degree(d.id("d e")));
    SocialGraph j = read("{\"nodes\":[{\"id\":7,\"age\":31},{\"id\":\"007\"}],"
        + "\"edges\":[{\"source\":7,\"target\":\"007\",\"interactions\":4}]}", GraphFormat.JSON);
    assertEquals("7", j.label(0));
    assertEquals("007", j.label(1));
    assertEquals("31", j.nodeAttributes().get(0, "age"));
    assertEquals(4.0, j.interactions(0));
    assertFalse(j.hasLastContact());
    GraphFormatException noId = assertThrows(GraphFormatException.class, () -> read(
        "{\"nodes\":[{\"id\":\"a\"},{\"name\":\"x\"}]}", GraphFormat.JSON));
    assertEquals("in.json, node #2: has no \"id\"; expected an \"id\" for every node (the label"
        + " of the node)", noId.getMessage());
  }

  // ---------------------------------------------------------------- XML external entities

  @Test
  void externalEntityIsNeverResolved(@TempDir Path dir) throws IOException {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET-42");
    String uri = secret.toUri().toString();
    String xxe = "<?xml version=\"1.0\"?>\n"
        + "<!DOCTYPE graphml [ <!ENTITY leak SYSTEM \"" + uri + "\"> ]>\n"
        + "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
        + "<key id=\"c\" for=\"node\" attr.name=\"note\" attr.type=\"string\"/>\n"
        + "<graph edgedefault=\"undirected\"><node id=\"a\"><data key=\"c\">&leak;</data></node>"
        + "<node id=\"b\"/><edge source=\"a\" target=\"b\"/></graph></graphml>\n";
    Path file = dir.resolve("evil.graphml");
    Files.writeString(file, xxe);
    GraphFormatException e = assertThrows(GraphFormatException.class, () -> GraphFiles.read(file));
    assertEquals("evil.graphml", e.file());
    assertEquals(2, e.line());
    assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
    assertFalse(e.getMessage().contains("TOP-SECRET"), e.getMessage());
    for (Throwable t = e; t != null; t = t.getCause()) {
      assertFalse(String.valueOf(t.getMessage()).contains("TOP-SECRET"));
    }
  }

  @Test
  void entityExpansionAndParameterEntitiesAreRefusedToo() {
    String laughs = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
        + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]>"
        + "<graphml><graph><node id=\"&lol2;\"/></graph></graphml>";
    assertThrows(GraphFormatException.class, () -> read(laughs, GraphFormat.GRAPHML));
    String late = "<graphml><graph><node id=\"a\"/>" + " ".repeat(20_000)
        + "<!ENTITY x SYSTEM \"file:///etc/passwd\"></graph></graphml>";
    GraphFormatException e = assertThrows(GraphFormatException.class,
        () -> read(late, GraphFormat.GRAPHML));
    assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
  }

  @Test
  void commentsAndCdataPassTheGuard() throws IOException {
    String xml = "<?xml version=\"1.0\"?><!-- made by hand --><graphml>"
        + "<key id=\"c\" for=\"node\" attr.name=\"note\" attr.type=\"string\"/>"
        + "<graph edgedefault=\"undirected\"><node id=\"a\"><data key=\"c\"><![CDATA[x<y]]></data>"
        + "</node><node id=\"b\"/><edge source=\"a\" target=\"b\"/></graph></graphml>";
    SocialGraph g = read(xml, GraphFormat.GRAPHML);
    assertEquals("x<y", g.nodeAttributes().get(0, "note"));
    String big = xml.replace("made by hand", "x".repeat(50_000));
    assertEquals(1, read(big, GraphFormat.GRAPHML).edgeCount());
  }

  @Test
  void guardIsStreamingAndExactAcrossBufferBoundaries() throws IOException {
    for (int pad = 8180; pad < 8200; pad++) {
      String doc = " ".repeat(pad) + "<!DOCTYPE x>";
      XmlGuardReader r = new XmlGuardReader(new StringReader(doc));
      char[] buf = new char[pad];
      int got = 0;
      while (got < pad) {
        int n = r.read(buf, got, pad - got);
        assertTrue(n > 0);
        got += n;
      }
      assertThrows(XmlGuardReader.Refused.class, () -> r.read(new char[10], 0, 10));
      String ok = " ".repeat(pad) + "<!-- fine -->";
      StringBuilder out = new StringBuilder();
      XmlGuardReader r2 = new XmlGuardReader(new StringReader(ok));
      char[] b2 = new char[777];
      for (int n = r2.read(b2, 0, b2.length); n >= 0; n = r2.read(b2, 0, b2.length)) {
        out.append(b2, 0, n);
      }
      assertEquals(ok, out.toString());
    }
    assertEquals(-1, new XmlGuardReader(new StringReader("")).read(new char[4], 0, 4));
    byte[] utf8 = "<graphml/>".getBytes(StandardCharsets.UTF_8);
    assertEquals(10, utf8.length);
  }
}

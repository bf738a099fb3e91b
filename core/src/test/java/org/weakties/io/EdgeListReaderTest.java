package org.weakties.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.weakties.graph.DuplicatePolicy;
import org.weakties.graph.SelfLoopPolicy;
import org.weakties.graph.SocialGraph;
import org.weakties.testing.NamedGraphs;

/** Reading edge lists: dialects, columns, labels, policies. Bad input is in {@link BadInputTest}. */
class EdgeListReaderTest {

  static SocialGraph read(String text, EdgeListOptions o) throws IOException {
    return EdgeListReader.read(new StringReader(text), "edges.csv", o);
  }

  static SocialGraph read(String text) throws IOException {
    return read(text, EdgeListOptions.defaults());
  }

  static String labels(SocialGraph g) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < g.nodeCount(); i++) {
      b.append(i == 0 ? "" : "|").append(g.label(i));
    }
    return b.toString();
  }

  static double w(SocialGraph g, String a, String b) {
    int e = g.edgeId(g.id(a), g.id(b));
    assertTrue(e >= 0, a + " -- " + b);
    return g.weight(e);
  }

  @Test
  void minimalFile() throws IOException {
    SocialGraph g = read("source,target\na,b\n");
    assertEquals(2, g.nodeCount());
    assertEquals(1, g.edgeCount());
    assertEquals(1.0, w(g, "a", "b"));
    assertFalse(g.hasInteractions());
    assertFalse(g.hasLastContact());
  }

  @Test
  void headerOnlyGivesEmptyGraph() throws IOException {
    SocialGraph g = read("source,target,weight\n");
    assertEquals(0, g.nodeCount());
    assertEquals(0, g.edgeCount());
  }

  @Test
  void labelsAreStringsNeverReparsed() throws IOException {
    SocialGraph g = read("source,target,weight\n007,7,1\n7.0,0x7,2\n 007 ,\" 7\",3\n");
    assertEquals("007|7|7.0|0x7| 7", labels(g));
    assertEquals("007", g.label(0));
    assertEquals(1.0, w(g, "007", "7"), "trimmed ' 007 ' is the node 007");
    assertEquals(3.0, w(g, "007", " 7"), "a quoted label keeps its blanks");
    assertTrue(g.label(0) instanceof String);
  }

  @Test
  void rfc4180Quoting() throws IOException {
    String csv = "source,target,weight\n"
        + "\"Smith, Ann\",\"O\"\"Brien\",1\n"
        + "\"multi\nline\",\"\"\"quoted\"\"\",2.5\r\n"
        + "plain,\"Smith, Ann\",3\n";
    SocialGraph g = read(csv);
    assertEquals("Smith, Ann|O\"Brien|multi\nline|\"quoted\"|plain", labels(g));
    assertEquals(2.5, w(g, "multi\nline", "\"quoted\""));
    assertEquals(3.0, w(g, "plain", "Smith, Ann"));
  }

  @Test
  void lineEndingsBomBlankLinesAndComments() throws IOException {
    String csv = "\uFEFFsource,target\r\n\r\na,b\rb,c\n   \n\nc,d";
    SocialGraph g = read(csv);
    assertEquals("a|b|c|d", labels(g));
    assertEquals(3, g.edgeCount());
    SocialGraph h = read("# a comment\nsource,target\n#x,y\na,b\n",
        EdgeListOptions.defaults().withCsv(CsvOptions.defaults().withComment('#')));
    assertEquals("a|b", labels(h));
  }

  @Test
  void columnsFoundByNameInAnyOrder() throws IOException {
    String csv = "last_contact,note,Target,interactions,SOURCE,weight\n"
        + "1700000000,x,b,3,a,2\n"
        + ",y,c,,b,0.5\n"
        + ",z,a,,c,1\n";
    SocialGraph g = read(csv);
    assertEquals("a|b|c", labels(g));
    int ab = g.edgeId(g.id("a"), g.id("b"));
    int bc = g.edgeId(g.id("b"), g.id("c"));
    assertEquals(2.0, g.weight(ab));
    assertEquals(3.0, g.interactions(ab));
    assertEquals(1700000000L, g.lastContact(ab));
    assertTrue(Double.isNaN(g.interactions(bc)));
    assertEquals(SocialGraph.NO_TIME, g.lastContact(bc));
    int ac = g.edgeId(g.id("a"), g.id("c"));
    // the last row gave c (id 2) as source and a (id 0) as target: reversed
    assertArrayEquals(new int[] {ab, bc, ~ac}, g.inputOrder());
  }

  @Test
  void customColumnNamesAndIgnoredColumns() throws IOException {
    EdgeListOptions o = EdgeListOptions.defaults().withSourceColumn("from")
        .withTargetColumn("to").withWeightColumn("strength").withTimeColumn(null);
    SocialGraph g = read("from;to;strength;last_contact\nx;y;4;12\n",
        o.withCsv(CsvOptions.defaults().withDelimiter(';')));
    assertEquals(4.0, w(g, "x", "y"));
    assertFalse(g.hasLastContact());
    SocialGraph unweighted = read("source,target,weight\na,b,5\n",
        EdgeListOptions.defaults().withWeightColumn(null));
    assertEquals(1.0, w(unweighted, "a", "b"));
  }

  @Test
  void interactionsAcceptNaNAsUnknown() throws IOException {
    SocialGraph g = read("source,target,interactions\na,b,NaN\nb,c,0\n");
    assertTrue(Double.isNaN(g.interactions(g.edgeId(0, 1))));
    assertEquals(0.0, g.interactions(g.edgeId(1, 2)));
  }

  @Test
  void withoutHeaderColumnsArePositional() throws IOException {
    EdgeListOptions o = EdgeListOptions.defaults().withCsv(CsvOptions.defaults().withHeader(false));
    SocialGraph g = read("a,b,2\nb,c,3\n", o);
    assertEquals(2.0, w(g, "a", "b"));
    SocialGraph h = read("a,b\nb,c\n", o);
    assertEquals(1.0, w(h, "b", "c"));
  }

  @Test
  void tsvAndWhitespaceDialects() throws IOException {
    SocialGraph t = read("source\ttarget\tweight\na b\tc\t2\n",
        EdgeListOptions.defaults().withCsv(CsvOptions.tsv()));
    assertEquals("a b|c", labels(t));
    SocialGraph s = read("# SNAP style\n1\t2 1\n2   3  2\n  3 \"four five\" 0.5\n\n",
        GraphFormat.TXT.defaultOptions());
    assertEquals("1|2|3|four five", labels(s));
    assertEquals(0.5, w(s, "3", "four five"));
  }

  @Test
  void duplicatePolicies() throws IOException {
    String csv = "source,target,weight,interactions,last_contact\n"
        + "a,b,1,2,100\nb,a,4,,300\na,b,2,5,200\n";
    SocialGraph sum = read(csv);
    assertEquals(7.0, w(sum, "a", "b"));
    assertEquals(7.0, sum.interactions(0));
    assertEquals(300L, sum.lastContact(0));
    SocialGraph max = read(csv, EdgeListOptions.defaults().withDuplicates(DuplicatePolicy.MAX));
    assertEquals(4.0, w(max, "a", "b"));
    assertEquals(5.0, max.interactions(0));
    SocialGraph first = read(csv, EdgeListOptions.defaults().withDuplicates(DuplicatePolicy.FIRST));
    assertEquals(1.0, w(first, "a", "b"));
    assertEquals(2.0, first.interactions(0));
    assertEquals(300L, first.lastContact(0));
    assertArrayEquals(new int[] {0}, first.inputOrder());
  }

  @Test
  void ignoredSelfLoopsKeepTheirNode() throws IOException {
    SocialGraph g = read("source,target\na,a\nb,c\n",
        EdgeListOptions.defaults().withSelfLoops(SelfLoopPolicy.IGNORE));
    assertEquals("a|b|c", labels(g));
    assertEquals(1, g.edgeCount());
  }

  @Test
  void gzipByFileName(@TempDir Path dir) throws IOException {
    Path p = dir.resolve("edges.csv.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(p))) {
      out.write("source,target,weight\na,b,2\n".getBytes(StandardCharsets.UTF_8));
    }
    assertEquals(2.0, w(EdgeListReader.read(p, EdgeListOptions.defaults()), "a", "b"));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(bytes)) {
      out.write("source,target\nx,y\n".getBytes(StandardCharsets.UTF_8));
    }
    SocialGraph g = EdgeListReader.read(new ByteArrayInputStream(bytes.toByteArray()), "s.csv.gz",
        EdgeListOptions.defaults());
    assertEquals("x|y", labels(g));
  }

  @Test
  void namedGraphMatchesIndependentLoader() throws IOException {
    for (String name : new String[] {"karate", "lesmis", "florentine", "davis_women"}) {
      SocialGraph expected = NamedGraphs.load(name, true);
      SocialGraph g = EdgeListReader.read(
          EdgeListReaderTest.class.getResourceAsStream("/graphs/" + name + ".csv"), name + ".csv",
          EdgeListOptions.defaults());
      assertTrue(g.sameStructure(expected), name);
      assertArrayEquals(expected.inputOrder(), g.inputOrder(), name);
    }
  }

  @Test
  void longLabelsAndManyNodesThroughTheLabelTable() throws IOException {
    StringBuilder b = new StringBuilder("source,target\n");
    String pad = "x".repeat(300);
    for (int i = 0; i < 20_000; i++) {
      b.append(pad).append(i).append(',').append(pad).append((i * 7919) % 20_000).append('\n');
    }
    SocialGraph g = read(b.toString(), EdgeListOptions.defaults()
        .withSelfLoops(SelfLoopPolicy.IGNORE));
    assertEquals(20_000, g.nodeCount());
    for (int i = 0; i < 20_000; i += 997) {
      assertEquals(pad + i, g.label(g.id(pad + i)));
      int j = (i * 7919) % 20_000;
      if (j != i) {
        assertTrue(g.hasEdge(g.id(pad + i), g.id(pad + j)));
      }
    }
  }

  @Test
  void optionsValidate() {
    assertThrows(IllegalArgumentException.class, () -> CsvOptions.defaults().withDelimiter('"'));
    assertThrows(IllegalArgumentException.class, () -> CsvOptions.defaults().withDelimiter('a'));
    assertThrows(IllegalArgumentException.class, () -> CsvOptions.defaults().withDelimiter('\n'));
    assertThrows(IllegalArgumentException.class, () -> CsvOptions.defaults().withComment(','));
    assertThrows(IllegalArgumentException.class,
        () -> EdgeListOptions.defaults().withTargetColumn("source"));
    assertThrows(IllegalArgumentException.class,
        () -> EdgeListOptions.defaults().withSourceColumn(null));
    assertThrows(IllegalArgumentException.class,
        () -> EdgeListOptions.defaults().withWeightColumn(" "));
    assertThrows(IllegalArgumentException.class,
        () -> NodeAttributeOptions.defaults().withCsv(CsvOptions.defaults().withHeader(false)));
    assertEquals('\t', GraphFormat.TSV.defaultOptions().csv().delimiter());
  }
}

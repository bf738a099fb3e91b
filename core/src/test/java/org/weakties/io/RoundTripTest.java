package org.weakties.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.weakties.graph.SocialGraph;
import org.weakties.graph.SocialGraphBuilder;
import org.weakties.testing.NamedGraphs;

/** Write then read back, in every format, and compare everything the format can carry. */
class RoundTripTest {

  /** Awkward labels: leading zeros, blanks, delimiters, quotes, markup, non-ASCII, line breaks. */
  static final String[] LABELS = {"007", "7", " lead", "trail ", "a,b", "say \"hi\"", "x&<y>",
      "tab\there", "Zoë Ødegård", "名前", "#hash", "semi;colon", "new\nline", "back\\slash", "e5",
      "1e5", "-3", "node", "O'Brien", "emoji \uD83D\uDE00"};

  /** A random graph with awkward labels, weights, counts, times and node attributes. */
  static SocialGraph awkward(long seed, boolean attributes) {
    return awkward(seed, attributes, false);
  }

  /** As above; {@code dotSafe} leaves out the label with a line break, which DOT ids cannot hold. */
  static SocialGraph awkward(long seed, boolean attributes, boolean dotSafe) {
    SplittableRandom r = new SplittableRandom(seed);
    SocialGraphBuilder b = SocialGraph.builder();
    List<String> labels = new ArrayList<>(List.of(LABELS));
    if (dotSafe) {
      labels.remove("new\nline");
    }
    for (int i = 0; i < 40; i++) {
      labels.add("p" + r.nextInt(1000));
    }
    for (int i = 0; i < 150; i++) {
      String u = labels.get(r.nextInt(labels.size()));
      String v = labels.get(r.nextInt(labels.size()));
      if (u.equals(v)) {
        continue;
      }
      double w = switch (r.nextInt(4)) {
        case 0 -> 1 + r.nextInt(5);
        case 1 -> r.nextDouble() + Double.MIN_NORMAL;
        case 2 -> Math.pow(10, r.nextInt(-12, 12)) * (1 + r.nextDouble());
        default -> 1.0 / (1 + r.nextInt(99));
      };
      double c = r.nextInt(3) == 0 ? Double.NaN : r.nextInt(50);
      long t = r.nextInt(3) == 0 ? SocialGraph.NO_TIME : 1_600_000_000L + r.nextInt(100_000_000);
      b.addEdge(u, v, w, c, t);
    }
    if (attributes) {
      b.addNode("isolated");
      for (int i = 0; i < b.nodeCount(); i += 3) {
        b.nodeAttribute(i < labels.size() ? labels.get(i) : "isolated", "industry",
            r.nextBoolean() ? "soft ware" : "retail, \"big\"");
      }
      b.nodeAttribute("007", "digital", "true");
    }
    return b.build();
  }

  /** Same nodes (labels as Strings, same order), edges, weights, counts, times. */
  static void assertSameGraph(SocialGraph expected, SocialGraph actual, String what) {
    assertEquals(expected.nodeCount(), actual.nodeCount(), what);
    assertEquals(expected.edgeCount(), actual.edgeCount(), what);
    for (int i = 0; i < expected.nodeCount(); i++) {
      assertEquals(String.valueOf(expected.label(i)), actual.label(i), what);
    }
    assertEquals(expected.hasInteractions(), actual.hasInteractions(), what);
    assertEquals(expected.hasLastContact(), actual.hasLastContact(), what);
    expected.forEachEdge((e, u, v) -> {
      int f = actual.edgeId(u, v);
      assertEquals(e, f, what);
      assertEquals(expected.weight(e), actual.weight(f), 0.0, what);
      if (expected.hasInteractions()) {
        assertEquals(expected.interactions(e), actual.interactions(f), 0.0, what);
      }
      assertEquals(expected.lastContact(e), actual.lastContact(f), what);
    });
  }

  static Stream<Arguments> edgeListDialects() {
    EdgeListOptions d = EdgeListOptions.defaults();
    return Stream.of(
        Arguments.of("csv", d),
        Arguments.of("tsv", d.withCsv(CsvOptions.tsv())),
        Arguments.of("semicolon", d.withCsv(CsvOptions.defaults().withDelimiter(';'))),
        Arguments.of("pipe, comments", d.withCsv(CsvOptions.defaults().withDelimiter('|')
            .withComment('#'))),
        Arguments.of("whitespace with header", d.withCsv(CsvOptions.whitespace().withHeader(true))),
        Arguments.of("no trim", d.withCsv(CsvOptions.defaults().withTrim(false))),
        Arguments.of("single quote", d.withCsv(CsvOptions.defaults().withQuote('\''))),
        Arguments.of("renamed columns", d.withSourceColumn("from").withTargetColumn("to")
            .withWeightColumn("w").withCountColumn("n").withTimeColumn("t")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("edgeListDialects")
  void edgeListRoundTripKeepsRowsAndOrientation(String name, EdgeListOptions o)
      throws IOException {
    for (long seed = 1; seed <= 5; seed++) {
      SocialGraph g = awkward(seed, false);
      StringWriter w = new StringWriter();
      EdgeListWriter.write(g, w, o);
      SocialGraph h = EdgeListReader.read(new StringReader(w.toString()), "rt.csv", o);
      assertSameGraph(g, h, name + " seed " + seed);
      assertArrayEquals(g.inputOrder(), h.inputOrder(), name);
      StringWriter w2 = new StringWriter();
      EdgeListWriter.write(h, w2, o);
      assertEquals(w.toString(), w2.toString(), "writing is deterministic and idempotent");
    }
  }

  @Test
  void edgeListWithoutHeaderKeepsWeightsOnly() throws IOException {
    EdgeListOptions o = EdgeListOptions.defaults().withCsv(CsvOptions.defaults().withHeader(false));
    SocialGraph g = awkward(9, false);
    StringWriter w = new StringWriter();
    EdgeListWriter.write(g, w, o);
    SocialGraph h = EdgeListReader.read(new StringReader(w.toString()), "x.csv", o);
    assertEquals(g.edgeCount(), h.edgeCount());
    assertTrue(!h.hasInteractions() && !h.hasLastContact());
    g.forEachEdge((e, u, v) -> assertEquals(g.weight(e), h.weight(h.edgeId(u, v))));
  }

  @Test
  void exactNumbersInTheFile() throws IOException {
    SocialGraph g = SocialGraph.builder()
        .addEdge("a", "b", 0.1, 3, 1_700_000_000L)
        .addEdge("b", "c", 1.0 / 3)
        .addEdge("c", "d", 1e-9, 0.5, SocialGraph.NO_TIME)
        .addEdge("d", "a", 2e22)
        .build();
    StringWriter w = new StringWriter();
    EdgeListWriter.write(g, w, EdgeListOptions.defaults());
    assertEquals("source,target,weight,interactions,last_contact\n"
        + "a,b,0.1,3.0,1700000000\n"
        + "b,c,0.3333333333333333,,\n"
        + "c,d,1e-9,0.5,\n"
        + "d,a,2e22,,\n", w.toString());
  }

  @ParameterizedTest
  @EnumSource(value = GraphFormat.class, names = {"GRAPHML", "GML", "DOT", "JSON"})
  void interchangeFormatsRoundTrip(GraphFormat f) throws IOException {
    for (long seed = 1; seed <= 3; seed++) {
      SocialGraph g = awkward(seed, true, f == GraphFormat.DOT);
      StringWriter w = new StringWriter();
      GraphFiles.write(g, w, f, f.defaultOptions());
      SocialGraph h = GraphFiles.read(new StringReader(w.toString()), "rt" + f.extensions()[0], f,
          f.defaultOptions());
      assertSameGraph(g, h, f + " seed " + seed);
      assertEquals(g.nodeAttributes(), h.nodeAttributes(), f.toString());
      assertEquals(g.nodeAttributes().keys(), h.nodeAttributes().keys(), f.toString());
    }
  }

  @ParameterizedTest
  @EnumSource(GraphFormat.class)
  void namedGraphsThroughFilesAndGzip(GraphFormat f, @TempDir Path dir) throws IOException {
    for (String name : new String[] {"karate", "lesmis", "davis_women"}) {
      SocialGraph g = NamedGraphs.load(name, true);
      for (String suffix : new String[] {"", ".gz"}) {
        Path p = dir.resolve(name + f.extensions()[0] + suffix);
        GraphFiles.write(g, p);
        if (!suffix.isEmpty()) {
          try (InputStream in = Files.newInputStream(p)) {
            assertEquals(0x1f, in.read(), "gzip magic");
            assertEquals(0x8b, in.read(), "gzip magic");
          }
        }
        SocialGraph h = GraphFiles.read(p);
        assertSameGraph(g, h, p.getFileName().toString());
      }
    }
  }

  @Test
  void gzipIsRealGzip(@TempDir Path dir) throws IOException {
    Path p = dir.resolve("k.csv.gz");
    GraphFiles.write(NamedGraphs.karate(), p);
    try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(text.startsWith("source,target,weight\n0,1,4.0\n"), text);
    }
  }

  @Test
  void dotRefusesLabelsItCannotHold() {
    for (String bad : new String[] {"new\nline", "ends\\"}) {
      SocialGraph g = SocialGraph.builder().addEdge(bad, "b").build();
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> GraphFiles.write(g, new StringWriter(), GraphFormat.DOT,
              GraphFormat.DOT.defaultOptions()));
      assertTrue(e.getMessage().contains("cannot be written as a DOT id"), e.getMessage());
    }
  }

  @Test
  void namesAFormatCannotHoldAreRefusedBeforeWriting() {
    Object[][] cases = {{GraphFormat.JSON, "id"}, {GraphFormat.GML, "label"},
        {GraphFormat.GML, "weight"}, {GraphFormat.GRAPHML, "interactions"},
        {GraphFormat.GML, "two words"}, {GraphFormat.DOT, "a-b"}};
    for (Object[] c : cases) {
      GraphFormat f = (GraphFormat) c[0];
      SocialGraph g = SocialGraph.builder().addEdge("a", "b", 1, 2, SocialGraph.NO_TIME)
          .nodeAttribute("a", (String) c[1], "v").build();
      StringWriter w = new StringWriter();
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> GraphFiles.write(g, w, f, f.defaultOptions()), f + " " + c[1]);
      assertTrue(e.getMessage().contains("'" + c[1] + "'"), e.getMessage());
      assertEquals("", w.toString(), "nothing written");
    }
  }

  @Test
  void integerLabelsBecomeStrings() throws IOException {
    SocialGraph g = SocialGraph.fromEdgeArrays(3, new int[] {0, 2}, new int[] {1, 1}, null);
    StringWriter w = new StringWriter();
    EdgeListWriter.write(g, w, EdgeListOptions.defaults());
    assertEquals("source,target,weight\n0,1,1.0\n1,2,1.0\n", w.toString());
    SocialGraph h = EdgeListReader.read(new StringReader(w.toString()), "x", EdgeListOptions
        .defaults());
    assertEquals("1", h.label(1));
  }

  @Test
  void unknownExtensionIsRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> GraphFormat.ofFileName("graph.xlsx"));
    assertTrue(e.getMessage().contains(".graphml"), e.getMessage());
    assertEquals(GraphFormat.TSV, GraphFormat.ofFileName("X.TSV.GZ"));
    assertEquals(GraphFormat.DOT, GraphFormat.ofFileName("a.gv"));
  }
}

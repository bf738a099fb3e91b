package org.weakties.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.weakties.testing.MiniJson.arr;
import static org.weakties.testing.MiniJson.obj;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.weakties.graph.ScoreTable;
import org.weakties.graph.SocialGraph;
import org.weakties.testing.MiniJson;

/** Score tables as CSV and JSON: row order, orientation, cell kinds, quoting. */
class ScoreTableWriterTest {

  /** Rows (input): "b,x" -> "a"; "a" -> "c"; "c" -> "b,x" (ids: b,x=0, a=1, c=2). */
  private static SocialGraph graph() throws IOException {
    return EdgeListReader.read(new StringReader("source,target\n\"b,x\",a\na,c\nc,\"b,x\"\n"),
        "g.csv", EdgeListOptions.defaults());
  }

  private static ScoreTable edgeTable(SocialGraph g) {
    int m = g.edgeCount();
    double[] d = new double[m];
    long[] l = new long[m];
    boolean[] b = new boolean[m];
    String[] t = new String[m];
    for (int e = 0; e < m; e++) {
      d[e] = e == 0 ? 0.1 : e == 1 ? Double.NaN : Double.NEGATIVE_INFINITY;
      l[e] = e == 1 ? -1 : 10L * e;
      b[e] = e % 2 == 0;
      t[e] = e == 2 ? null : "q\"" + e;
    }
    return ScoreTable.forEdges(m).addDouble("score", d).addLong("count", l, -1)
        .addBoolean("bridge", b).addText("note", t).build();
  }

  @Test
  void edgeRowsFollowInputOrderAndOrientation() throws IOException {
    SocialGraph g = graph();
    // edge ids: (0,1)=b,x--a, (0,2)=b,x--c, (1,2)=a--c
    StringWriter w = new StringWriter();
    ScoreTableWriter.writeCsv(edgeTable(g), g, w, CsvOptions.defaults());
    assertEquals("source,target,score,count,bridge,note\n"
        + "\"b,x\",a,0.1,0,true,\"q\"\"0\"\n"
        + "a,c,-inf,20,true,\n"
        + "c,\"b,x\",NaN,,false,\"q\"\"1\"\n", w.toString());
  }

  @Test
  void jsonIsAnArrayOfRowObjects() throws IOException {
    SocialGraph g = graph();
    StringWriter w = new StringWriter();
    ScoreTableWriter.writeJson(edgeTable(g), g, w);
    List<Object> rows = arr(MiniJson.parse(w.toString()));
    assertEquals(3, rows.size());
    Map<String, Object> r0 = obj(rows.get(0));
    assertEquals(List.of("source", "target", "score", "count", "bridge", "note"),
        List.copyOf(r0.keySet()));
    assertEquals("b,x", r0.get("source"));
    assertEquals("a", r0.get("target"));
    assertEquals(0.1, r0.get("score"));
    assertEquals(0L, r0.get("count"));
    assertEquals(true, r0.get("bridge"));
    assertEquals("q\"0", r0.get("note"));
    Map<String, Object> r1 = obj(rows.get(1));
    assertEquals("-inf", r1.get("score"));
    assertNull(r1.get("note"));
    Map<String, Object> r2 = obj(rows.get(2));
    assertEquals("c", r2.get("source"));
    assertEquals("NaN", r2.get("score"));
    assertNull(r2.get("count"));
    assertTrue(w.toString().startsWith("[\n{\"source\":\"b,x\""), w.toString());
  }

  @Test
  void nodeTablesInIdOrder(@TempDir Path dir) throws IOException {
    SocialGraph g = graph();
    ScoreTable t = ScoreTable.forNodes(3).addDouble("degree", new double[] {2, 2, 2})
        .addInt("rank", new int[] {3, 1, 2}).build();
    Path csv = dir.resolve("nodes.csv");
    ScoreTableWriter.write(t, g, csv);
    assertEquals("node,degree,rank\n\"b,x\",2.0,3\na,2.0,1\nc,2.0,2\n", Files.readString(csv));
    Path tsv = dir.resolve("nodes.tsv");
    ScoreTableWriter.write(t, g, tsv);
    assertEquals("node\tdegree\trank\nb,x\t2.0\t3\na\t2.0\t1\nc\t2.0\t2\n", Files.readString(tsv));
    Path json = dir.resolve("nodes.json.gz");
    ScoreTableWriter.write(t, g, json);
    try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(json))) {
      List<Object> rows = arr(MiniJson.parse(new String(in.readAllBytes(), "UTF-8")));
      assertEquals("c", obj(rows.get(2)).get("node"));
      assertEquals(2L, obj(rows.get(2)).get("rank"));
    }
  }

  @Test
  void emptyTables() throws IOException {
    SocialGraph g = SocialGraph.builder().build();
    StringWriter w = new StringWriter();
    ScoreTableWriter.writeJson(ScoreTable.forEdges(0).build(), g, w);
    assertEquals("[]\n", w.toString());
    assertEquals(List.of(), MiniJson.parse(w.toString()));
    StringWriter c = new StringWriter();
    ScoreTableWriter.writeCsv(ScoreTable.forNodes(0).build(), g, c, CsvOptions.defaults());
    assertEquals("node\n", c.toString());
  }

  @Test
  void mismatchesAreRejected() throws IOException {
    SocialGraph g = graph();
    IllegalArgumentException a = assertThrows(IllegalArgumentException.class,
        () -> ScoreTableWriter.writeCsv(ScoreTable.forEdges(2).build(), g, new StringWriter(),
            CsvOptions.defaults()));
    assertTrue(a.getMessage().contains("2 rows but the graph has 3 edges"), a.getMessage());
    ScoreTable clash = ScoreTable.forNodes(3).addInt("node", new int[3]).build();
    assertThrows(IllegalArgumentException.class,
        () -> ScoreTableWriter.writeJson(clash, g, new StringWriter()));
  }

  @Test
  void jsonEscapesControlCharacters() throws IOException {
    SocialGraph g = SocialGraph.builder().addEdge("a\u0001\n\"\\", "b\u2028").build();
    StringWriter w = new StringWriter();
    ScoreTableWriter.writeJson(ScoreTable.forNodes(2).build(), g, w);
    assertTrue(w.toString().contains("\"a\\u0001\\n\\\"\\\\\""), w.toString());
    List<Object> rows = arr(MiniJson.parse(w.toString()));
    assertEquals("a\u0001\n\"\\", obj(rows.get(0)).get("node"));
    assertEquals("b\u2028", obj(rows.get(1)).get("node"));
  }
}

package org.weakties.bench.peers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.weakties.bench.BenchGraphs;
import org.weakties.graph.SocialGraph;
import org.weakties.io.EdgeListOptions;
import org.weakties.io.EdgeListWriter;

/**
 * The JVM peer tasks compute the quantities the comparison checks: weakties' check values equal
 * NetworkX 2.8.8's on the weighted karate club ({@code src/test/resources/peers/}, made by
 * {@code make_reference.sh} with {@code peer_tasks.py}), and JGraphT's equal weakties' on a
 * generated network, under the comparison's own rule (counts equal, sums to relative 1e-9).
 */
class PeerTaskTest {
  private static final Pattern PAIR = Pattern.compile("\"(\\w+)\": (-?[0-9.eE+-]+)");
  private static final Pattern TASK = Pattern.compile("\"task\": \"(\\w+)\"");

  static Map<String, Map<String, String>> reference() throws IOException {
    Map<String, Map<String, String>> byTask = new LinkedHashMap<>();
    try (InputStream in = PeerTaskTest.class.getResourceAsStream("/peers/karate-reference.jsonl")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      for (String line : text.split("\n")) {
        if (line.isBlank()) {
          continue;
        }
        Matcher t = TASK.matcher(line);
        assertTrue(t.find(), line);
        byTask.put(t.group(1), parseCheck(line.substring(line.indexOf("\"check\""))));
      }
    }
    return byTask;
  }

  static Map<String, String> parseCheck(String json) {
    Map<String, String> check = new LinkedHashMap<>();
    Matcher m = PAIR.matcher(json);
    while (m.find()) {
      check.put(m.group(1), m.group(2));
    }
    return check;
  }

  /** The comparison rule of report.py: integers equal, other numbers to relative 1e-9. */
  static void assertAgree(Map<String, String> expected, Map<String, Object> actual, String what) {
    assertEquals(expected.keySet(), actual.keySet(), what);
    for (Map.Entry<String, String> e : expected.entrySet()) {
      Object a = actual.get(e.getKey());
      if (a instanceof Integer || a instanceof Long) {
        assertEquals(Long.parseLong(e.getValue()), ((Number) a).longValue(), what + " " + e.getKey());
      } else {
        double x = Double.parseDouble(e.getValue());
        double y = ((Number) a).doubleValue();
        assertEquals(x, y, 1e-9 * Math.max(Math.abs(x), Math.abs(y)), what + " " + e.getKey());
      }
    }
  }

  @Test
  void weaktiesMatchesNetworkxOnKarate(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("karate.csv");
    try (InputStream in = PeerTaskTest.class.getResourceAsStream("/peers/karate.csv")) {
      Files.copy(in, csv);
    }
    Map<String, Map<String, String>> ref = reference();
    assertEquals(8, ref.size());
    for (Map.Entry<String, Map<String, String>> e : ref.entrySet()) {
      Map<String, Object> out = PeerTask.weakties(e.getKey(), csv, 2);
      @SuppressWarnings("unchecked")
      Map<String, Object> check = (Map<String, Object>) out.get("check");
      assertAgree(e.getValue(), check, "karate " + e.getKey());
      assertEquals(34, out.get("nodes"));
      assertTrue(((Double) out.get("seconds")) >= 0);
      assertEquals(PeerTask.SHORT_RUNS, out.get("runs"));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"load", "overlap", "bridges", "clustering", "edge_betweenness"})
  void jgraphtAgreesWithWeakties(String task, @TempDir Path dir) throws Exception {
    SocialGraph g = BenchGraphs.generate(400, 8);
    Path csv = dir.resolve("g.csv");
    EdgeListWriter.write(g, csv, EdgeListOptions.defaults());
    Map<String, Object> w = PeerTask.weakties(task, csv, 1);
    Map<String, Object> j = PeerTask.jgrapht(task, csv);
    @SuppressWarnings("unchecked")
    Map<String, Object> wc = (Map<String, Object>) w.get("check");
    @SuppressWarnings("unchecked")
    Map<String, Object> jc = (Map<String, Object>) j.get("check");
    Map<String, String> expected = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : wc.entrySet()) {
      expected.put(e.getKey(), String.valueOf(e.getValue()));
    }
    assertAgree(expected, jc, task);
    assertEquals(w.get("edges"), j.get("edges"));
  }

  @Test
  void noopAndJsonLine(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("g.csv");
    Files.writeString(csv, "source,target,weight\na,b,2\nb,c,1\n");
    Map<String, Object> out = PeerTask.weakties("noop", csv, 1);
    assertEquals(0, ((Map<?, ?>) out.get("check")).size());
    String line = PeerTask.Json.write(out);
    assertTrue(line.startsWith("{\"tool\": \"weakties\", \"version\": \""), line);
    assertTrue(line.contains("\"task\": \"noop\""), line);
    assertTrue(line.contains("\"file\": \"g.csv\""), line);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("a", Double.NaN);
    m.put("b", "q\"\\\n");
    m.put("c", 3);
    m.put("d", Map.of("e", 1.5));
    assertEquals("{\"a\": null, \"b\": \"q\\\"\\\\\\n\", \"c\": 3, \"d\": {\"e\": 1.5}}",
        PeerTask.Json.write(m));
    assertTrue(PeerTask.peakRssMb() > 1);
  }
}

package org.weakties.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code weakties bridges} on the weighted karate club against NetworkX 2.8.8. */
class BridgesCommandTest {
  static final String HEADER = "source,target,weight,is_bridge,is_local_bridge,span,span_over_cap,"
      + "edge_betweenness,edge_betweenness_se";

  @TempDir
  Path dir;

  @Test
  void bridgesSpansAndExactBetweennessMatchNetworkX() {
    Path in = Cli.resource("karate.csv", dir);
    Path out = dir.resolve("bridges.csv");
    Cli.run("bridges", "--input", in.toString(), "--out", out.toString(), "-q").ok();
    Cli.Csv t = Cli.csv(out);
    assertEquals(HEADER, t.headerLine());
    JsonNode ref = Cli.reference().get("bridges");
    assertEquals(ref.size(), t.rows().size());
    for (int i = 0; i < ref.size(); i++) {
      JsonNode e = ref.get(i);
      Map<String, String> r = t.rows().get(i);
      String what = "tie " + r.get("source") + "-" + r.get("target");
      assertEquals(e.get("source").asText(), r.get("source"));
      assertEquals(e.get("is_bridge").asBoolean(), Boolean.parseBoolean(r.get("is_bridge")), what);
      assertEquals(e.get("is_local_bridge").asBoolean(),
          Boolean.parseBoolean(r.get("is_local_bridge")), what);
      assertEquals(e.get("span").isNull() ? "" : e.get("span").asText(), r.get("span"), what);
      assertEquals("false", r.get("span_over_cap"));
      Cli.close(e.get("edge_betweenness").asDouble(), Cli.Csv.num(r, "edge_betweenness"), 1e-12,
          what);
      assertEquals("", r.get("edge_betweenness_se"), what);
    }
    assertEquals("inf", t.row("0", "11").get("span"));
    assertEquals("true", t.row("0", "11").get("is_bridge"));
    assertEquals("3", t.row("0", "31").get("span"));
    assertEquals("", t.row("0", "1").get("span"));
  }

  @Test
  void weightedBetweennessUsesInverseWeights() {
    Path in = Cli.resource("karate.csv", dir);
    Path out = dir.resolve("bridges.csv");
    Cli.run("bridges", "--input", in.toString(), "--out", out.toString(), "--betweenness",
        "exact", "--weighted-betweenness", "-q").ok();
    Cli.Csv t = Cli.csv(out);
    JsonNode ref = Cli.reference().get("bridges");
    for (int i = 0; i < ref.size(); i++) {
      Cli.close(ref.get(i).get("edge_betweenness_weighted").asDouble(),
          Cli.Csv.num(t.rows().get(i), "edge_betweenness"), 1e-9, "weighted betweenness " + i);
    }
  }

  @Test
  void spanCapNoneAndSampled() {
    Path in = Cli.resource("karate.csv", dir);
    Path out = dir.resolve("bridges.csv");
    Cli.run("bridges", "--input", in.toString(), "--out", out.toString(), "--max-span", "2",
        "--betweenness", "none", "-q").ok();
    Cli.Csv t = Cli.csv(out);
    assertEquals(HEADER, t.headerLine());
    Map<String, String> r031 = t.row("0", "31");
    assertEquals("", r031.get("span"));
    assertEquals("true", r031.get("span_over_cap"));
    assertEquals("inf", t.row("0", "11").get("span"));
    assertEquals("false", t.row("0", "11").get("span_over_cap"));
    for (Map<String, String> r : t.rows()) {
      assertEquals("", r.get("edge_betweenness"));
      assertEquals("", r.get("edge_betweenness_se"));
    }
    Cli.run("bridges", "--input", in.toString(), "--out", out.toString(), "--betweenness",
        "sampled", "--samples", "8", "--seed", "5", "-q").ok();
    t = Cli.csv(out);
    for (Map<String, String> r : t.rows()) {
      double se = Cli.Csv.num(r, "edge_betweenness_se");
      assertTrue(se >= 0, "a standard error for every tie");
      assertTrue(Cli.Csv.num(r, "edge_betweenness") >= 0);
    }
  }

  @Test
  void autoSaysWhenItSamples() throws Exception {
    // a perfect matching of 100,002 people: n m = 100,002 * 50,001 > 5e9
    Path in = dir.resolve("matching.csv");
    try (BufferedWriter w = Files.newBufferedWriter(in)) {
      w.write("source,target\n");
      for (int i = 0; i < 50_001; i++) {
        w.write(2 * i + "," + (2 * i + 1) + "\n");
      }
    }
    Path out = dir.resolve("b.csv");
    Cli.Result r = Cli.run("bridges", "--input", in.toString(), "--out", out.toString(),
        "--samples", "4", "-q").ok();
    assertTrue(r.err().contains("note: nodes x edges = 5,000,200,002 > 5,000,000,000, so "
        + "betweenness is estimated from 4 sampled sources (seed 1)"), r.err());
    Map<String, String> first = Cli.csv(out).rows().get(0);
    assertEquals("inf", first.get("span"));
    assertFalse(first.get("edge_betweenness_se").isEmpty());
    // exact when asked, without the note
    Path small = Cli.resource("karate.csv", dir);
    assertFalse(Cli.run("bridges", "--input", small.toString(), "--out", out.toString(), "-q")
        .ok().err().contains("note:"));
  }

  @Test
  void optionMistakes() {
    Path in = Cli.resource("karate.csv", dir);
    Path out = dir.resolve("b.csv");
    assertEquals("--betweenness must be auto, exact, sampled or none, got 'fast'",
        Cli.run("bridges", "--input", in.toString(), "--out", out.toString(), "--betweenness",
            "fast").inputError());
    assertEquals("--max-span must be at least 2 (2 skips the span search), got 1",
        Cli.run("bridges", "--input", in.toString(), "--out", out.toString(), "--max-span", "1")
            .inputError());
    assertEquals("--samples must be at least 1, got 0",
        Cli.run("bridges", "--input", in.toString(), "--out", out.toString(), "--samples", "0")
            .inputError());
    assertTrue(Cli.run("bridges", "--input", in.toString()).inputError()
        .startsWith("Missing required option: '--out=FILE'"));
  }
}

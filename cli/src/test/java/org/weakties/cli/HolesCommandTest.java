package org.weakties.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code weakties holes} on the karate club against NetworkX 2.8.8. */
class HolesCommandTest {
  static final String HEADER = "node,degree,effective_size,efficiency,constraint,hierarchy,"
      + "betweenness,betweenness_se";

  @TempDir
  Path dir;

  @Test
  void weightedHolesAndExactBetweennessMatchNetworkX() {
    Path in = Cli.resource("karate.csv", dir);
    Path out = dir.resolve("holes.csv");
    Cli.run("holes", "--input", in.toString(), "--out", out.toString(), "-q").ok();
    Cli.Csv t = Cli.csv(out);
    assertEquals(HEADER, t.headerLine());
    JsonNode ref = Cli.reference().get("holes");
    assertEquals(34, t.rows().size());
    for (int i = 0; i < ref.size(); i++) {
      JsonNode e = ref.get(i);
      Map<String, String> r = t.rows().get(i);
      assertEquals(e.get("node").asText(), r.get("node"));
      assertEquals(e.get("degree").asText(), r.get("degree"));
      for (String c : List.of("effective_size", "efficiency", "constraint", "hierarchy",
          "betweenness")) {
        Cli.close(e.get(c).asDouble(), Cli.Csv.num(r, c), 1e-9, "node " + r.get("node") + " " + c);
      }
      assertEquals("", r.get("betweenness_se"));
    }
    // the numbers of the reference table in the science notes
    Map<String, String> zero = t.rows().get(0);
    assertEquals(13.775, Cli.Csv.num(zero, "effective_size"), 1e-12);
    assertEquals(0.190623, Cli.Csv.num(zero, "constraint"), 1e-6);
  }

  @Test
  void unweightedAndSampled() {
    Path in = Cli.resource("karate.csv", dir);
    Path out = dir.resolve("holes.json");
    Cli.run("holes", "--input", in.toString(), "--out", out.toString(), "--unweighted",
        "--betweenness", "sampled", "--samples", "34", "-q").ok();
    JsonNode rows = Cli.json(out);
    JsonNode zero = rows.get(0);
    assertEquals("0", zero.get("node").asText());
    assertEquals(13.75, zero.get("effective_size").asDouble(), 1e-12);
    assertEquals(0.859375, zero.get("efficiency").asDouble(), 1e-12);
    assertEquals(0.155423, zero.get("constraint").asDouble(), 1e-6);
    assertEquals(0.087545, zero.get("hierarchy").asDouble(), 1e-6);
    // all 34 sources sampled: the exact value with standard error 0
    assertEquals(Cli.reference().get("holes").get(0).get("betweenness").asDouble(),
        zero.get("betweenness").asDouble(), 1e-9);
    assertEquals(0.0, zero.get("betweenness_se").asDouble());
    Cli.run("holes", "--input", in.toString(), "--out", out.toString(), "--betweenness", "none",
        "-q").ok();
    assertTrue(Cli.json(out).get(5).get("betweenness").isNull());
    assertTrue(Cli.json(out).get(5).get("betweenness_se").isNull());
  }

  @Test
  void mistakes() {
    Path in = Cli.resource("karate.csv", dir);
    Path out = dir.resolve("holes.csv");
    assertEquals("--betweenness must be auto, exact, sampled or none, got 'all'",
        Cli.run("holes", "--input", in.toString(), "--out", out.toString(), "--betweenness",
            "all").inputError());
    assertEquals("--duplicates must be sum, max, first or reject, got 'keep'",
        Cli.run("holes", "--input", in.toString(), "--out", out.toString(), "--duplicates",
            "keep").inputError());
  }
}

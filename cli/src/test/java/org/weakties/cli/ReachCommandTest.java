package org.weakties.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code weakties reach} on the weighted karate club against NetworkX 2.8.8. */
class ReachCommandTest {
  static final String HEADER = "node,degree,strength,fof,reach2,weak_only_fof,strong_only_fof,"
      + "mixed_fof";

  @TempDir
  Path dir;

  @Test
  void exactReachByTieClassMatchesNetworkX() {
    Path in = Cli.resource("karate.csv", dir);
    Path out = dir.resolve("reach.csv");
    Cli.Result r = Cli.run("reach", "--input", in.toString(), "--out", out.toString()).ok();
    assertTrue(r.err().contains("78 ties: 39 strong, 39 weak"), r.err());
    Cli.Csv t = Cli.csv(out);
    assertEquals(HEADER, t.headerLine());
    JsonNode ref = Cli.reference().get("reach");
    assertEquals(34, t.rows().size());
    for (int i = 0; i < ref.size(); i++) {
      JsonNode e = ref.get(i);
      Map<String, String> row = t.rows().get(i);
      assertEquals(e.get("node").asText(), row.get("node"));
      for (String c : List.of("degree", "fof", "reach2", "weak_only_fof", "strong_only_fof",
          "mixed_fof")) {
        assertEquals(e.get(c).asInt(), Integer.parseInt(row.get(c)), "node " + i + " " + c);
      }
      assertEquals(e.get("strength").asDouble(), Cli.Csv.num(row, "strength"), "strength " + i);
    }
  }

  @Test
  void approximateLeavesTheClassColumnsEmpty() {
    Path in = Cli.resource("karate.csv", dir);
    Path out = dir.resolve("reach.csv");
    Cli.run("reach", "--input", in.toString(), "--out", out.toString(), "--approximate",
        "--log2m", "12", "--seed", "3", "-q").ok();
    Cli.Csv t = Cli.csv(out);
    assertEquals(HEADER, t.headerLine());
    JsonNode ref = Cli.reference().get("reach");
    for (int i = 0; i < ref.size(); i++) {
      Map<String, String> row = t.rows().get(i);
      assertEquals(ref.get(i).get("degree").asText(), row.get("degree"));
      // 4096 registers: relative standard error 1.6% of the ball; small balls are nearly exact
      double ball = ref.get(i).get("reach2").asDouble() + 1;
      assertEquals(ball - 1, Cli.Csv.num(row, "reach2"), 0.1 * ball, "reach2 of node " + i);
      assertEquals(Cli.Csv.num(row, "reach2") - Integer.parseInt(row.get("degree")),
          Cli.Csv.num(row, "fof"), 1e-9);
      assertEquals("", row.get("weak_only_fof"));
      assertEquals("", row.get("strong_only_fof"));
      assertEquals("", row.get("mixed_fof"));
    }
  }

  @Test
  void optionMistakes() throws Exception {
    Path in = Cli.resource("karate.csv", dir);
    Path out = dir.resolve("reach.csv");
    assertEquals("--log2m and --seed apply only with --approximate",
        Cli.run("reach", "--input", in.toString(), "--out", out.toString(), "--log2m", "10")
            .inputError());
    assertEquals("--log2m must be between 4 and 16, got 3",
        Cli.run("reach", "--input", in.toString(), "--out", out.toString(), "--approximate",
            "--log2m", "3").inputError());
    Path missing = dir.resolve("none.csv");
    assertEquals("input file not found: " + missing,
        Cli.run("reach", "--input", missing.toString(), "--out", out.toString()).inputError());
    Path bad = dir.resolve("bad.csv");
    Files.writeString(bad, "source,target,weight\na,b,1\nb,c,2\nc,d,-1\n");
    assertEquals("bad.csv, line 4, column 'weight': \"-1\" is not allowed as a weight; expected a "
        + "finite number > 0", Cli.run("reach", "--input", bad.toString(), "--out",
            out.toString()).inputError());
  }
}

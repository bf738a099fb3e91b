package org.weakties.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.weakties.io.NumberText;

/**
 * {@code weakties percolation} on the weighted karate club against component counts by NetworkX 2.8.8.
 */
class PercolationCommandTest {
  static final String HEADER = "order,direction,fraction_removed,giant_fraction,susceptibility";

  @TempDir
  Path dir;

  @Test
  void weightAndOverlapCurvesMatchNetworkX() {
    Path in = Cli.resource("karate.csv", dir);
    for (String order : List.of("weight", "overlap")) {
      Path out = dir.resolve(order + ".csv");
      Path json = dir.resolve(order + ".json");
      Cli.Result r = Cli.run("percolation", "--input", in.toString(), "--order", order, "--out",
          out.toString(), "--steps", "10", "--json", json.toString(), "-q").ok();
      Cli.Csv t = Cli.csv(out);
      assertEquals(HEADER, t.headerLine());
      assertEquals(22, t.rows().size());
      JsonNode doc = Cli.json(json);
      assertEquals(order, doc.get("order").asText());
      int k = 0;
      for (String direction : List.of("ascending", "descending")) {
        JsonNode ref = Cli.reference().get("percolation").get(order).get(direction);
        int peak = 0;
        for (int i = 0; i < ref.size(); i++, k++) {
          Map<String, String> row = t.rows().get(k);
          assertEquals(order, row.get("order"));
          assertEquals(direction, row.get("direction"));
          assertEquals(ref.get(i).get("fraction_removed").asDouble(),
              Cli.Csv.num(row, "fraction_removed"));
          Cli.close(ref.get(i).get("giant_fraction").asDouble(),
              Cli.Csv.num(row, "giant_fraction"), 1e-12, order + " " + direction + " " + i);
          Cli.close(ref.get(i).get("susceptibility").asDouble(),
              Cli.Csv.num(row, "susceptibility"), 1e-12, order + " " + direction + " " + i);
          if (ref.get(i).get("susceptibility").asDouble()
              > ref.get(peak).get("susceptibility").asDouble()) {
            peak = i;
          }
        }
        double critical = ref.get(peak).get("fraction_removed").asDouble();
        JsonNode curve = doc.get("curves").get(direction.equals("ascending") ? 0 : 1);
        assertEquals(direction, curve.get("direction").asText());
        assertEquals(critical, curve.get("critical_fraction").asDouble());
        assertTrue(r.err().contains("critical fraction, " + (direction.equals("ascending")
            ? "weak ties first (ascending " : "strong ties first (descending ") + order + "): "
            + NumberText.format(critical)), r.err());
      }
    }
  }

  @Test
  void randomOrderGivenFractionsAndJsonRows() {
    Path in = Cli.resource("karate.csv", dir);
    Path out = dir.resolve("random.json");
    Cli.run("percolation", "--input", in.toString(), "--order", "random", "--out",
        out.toString(), "--fractions", "0,0.5,1", "--seed", "7", "-q").ok();
    JsonNode rows = Cli.json(out);
    assertEquals(3, rows.size());
    for (JsonNode row : rows) {
      assertEquals("random", row.get("order").asText());
      assertEquals("random", row.get("direction").asText());
    }
    assertEquals(1.0, rows.get(0).get("giant_fraction").asDouble());
    assertEquals(0.0, rows.get(0).get("susceptibility").asDouble());
    assertEquals(1.0 / 34, rows.get(2).get("giant_fraction").asDouble(), 1e-15);
    assertEquals(33.0 / 34, rows.get(2).get("susceptibility").asDouble(), 1e-15);
    // the same seed gives the same curve, bit for bit
    Path again = dir.resolve("again.json");
    Cli.run("percolation", "--input", in.toString(), "--order", "random", "--out",
        again.toString(), "--fractions", "0,0.5,1", "--seed", "7", "-q").ok();
    assertEquals(rows, Cli.json(again));
  }

  @Test
  void randomTieBreakKeepsTheCurveEndsAndThePlotIsAPng() throws Exception {
    Path in = Cli.resource("karate.csv", dir);
    Path out = dir.resolve("p.csv");
    Path png = dir.resolve("plots/perc.png");
    Cli.run("percolation", "--input", in.toString(), "--order", "weight", "--out",
        out.toString(), "--tie-break", "random", "--steps", "4", "--plot", png.toString(), "-q")
        .ok();
    Cli.Csv t = Cli.csv(out);
    assertEquals(10, t.rows().size());
    assertEquals("1.0", t.rows().get(0).get("giant_fraction"));
    byte[] head = Arrays.copyOf(Files.readAllBytes(png), 8);
    assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, head);
  }

  @Test
  void tabSeparatedAndCompressed() throws Exception {
    Path in = Cli.resource("karate.csv", dir);
    Path out = dir.resolve("p.tsv.gz");
    Cli.run("percolation", "--input", in.toString(), "--order", "overlap", "--out",
        out.toString(), "--fractions", "0,1", "-q").ok();
    try (InputStream z = new GZIPInputStream(Files.newInputStream(out))) {
      String[] lines = new String(z.readAllBytes(), StandardCharsets.UTF_8)
          .split("\n");
      assertEquals(HEADER.replace(',', '\t'), lines[0]);
      assertEquals("overlap\tascending\t0.0\t1.0\t0.0", lines[1]);
      assertEquals(5, lines.length);
    }
  }

  @Test
  void mistakes() {
    Path in = Cli.resource("karate.csv", dir);
    String out = dir.resolve("p.csv").toString();
    assertEquals("--order must be weight, overlap or random, got 'degree'",
        Cli.run("percolation", "--input", in.toString(), "--order", "degree", "--out", out)
            .inputError());
    assertEquals("--fractions must be strictly increasing, got 0,0.5,0.2",
        Cli.run("percolation", "--input", in.toString(), "--order", "weight", "--out", out,
            "--fractions", "0,0.5,0.2").inputError());
    assertEquals("--fractions: 'half' is not a number",
        Cli.run("percolation", "--input", in.toString(), "--order", "weight", "--out", out,
            "--fractions", "0,half").inputError());
    assertEquals("give either --fractions or --steps, not both",
        Cli.run("percolation", "--input", in.toString(), "--order", "weight", "--out", out,
            "--fractions", "0,1", "--steps", "4").inputError());
    assertEquals("--tie-break must be stable or random, got 'first'",
        Cli.run("percolation", "--input", in.toString(), "--order", "weight", "--out", out,
            "--tie-break", "first").inputError());
    assertTrue(Cli.run("percolation", "--input", in.toString(), "--out", out).inputError()
        .startsWith("Missing required option: '--order=ORDER'"));
  }
}

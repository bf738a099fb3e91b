package org.weakties.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code weakties curve} on a seeded inverted U ({@code curve_observations.csv}) against statsmodels
 * 0.13.5, plus the reading rules of the observation table and its errors.
 */
class CurveCommandTest {

  @TempDir
  Path dir;

  @Test
  void quadraticFitAndTurningPointMatchStatsmodels() {
    Path in = Cli.resource("curve_observations.csv", dir);
    Path out = dir.resolve("fit.json");
    Path png = dir.resolve("curve.png");
    Cli.Result r = Cli.run("curve", "--input", in.toString(), "--x", "mutual", "--y", "outcome",
        "--out", out.toString(), "--draws", "199", "--plot", png.toString(), "-q").ok();
    JsonNode ref = Cli.reference().get("curve");
    JsonNode fit = Cli.json(out);
    assertEquals("mutual", fit.get("x").asText());
    assertEquals("outcome", fit.get("y").asText());
    assertEquals(400, fit.get("n").asInt());
    JsonNode c = fit.get("quadratic").get("coefficients");
    Cli.close(ref.get("b1").asDouble(), c.get("x").get("estimate").asDouble(), 1e-10, "b1");
    Cli.close(ref.get("b2").asDouble(), c.get("x2").get("estimate").asDouble(), 1e-10, "b2");
    assertEquals(ref.get("se_b1").asDouble(), c.get("x").get("se").asDouble(),
        1e-8 * ref.get("se_b1").asDouble(), "HC3 se of b1");
    assertEquals(ref.get("se_b2").asDouble(), c.get("x2").get("se").asDouble(),
        1e-8 * ref.get("se_b2").asDouble(), "HC3 se of b2");
    JsonNode tp = fit.get("turning_point");
    assertEquals("maximum", tp.get("kind").asText());
    Cli.close(ref.get("turning_point").asDouble(), tp.get("estimate").asDouble(), 1e-10, "x*");
    assertEquals(ref.get("turning_point_se").asDouble(), tp.get("se").asDouble(),
        1e-8 * ref.get("turning_point_se").asDouble(), "delta-method se of x*");
    assertEquals(199, tp.get("bootstrap_draws").asInt());
    assertTrue(tp.get("bootstrap_lower").asDouble() < tp.get("estimate").asDouble());
    String x = CurveCommand.g(ref.get("turning_point").asDouble());
    assertTrue(r.out().contains("usefulness curve of outcome against mutual: 400 observations"),
        r.out());
    assertTrue(r.out().contains("turning point (maximum): mutual* = " + x + "; 95% CI delta"),
        r.out());
    assertTrue(r.out().contains("Lind-Mehlum test of an inverted U"), r.out());
    assertTrue(r.out().contains("two-lines test of an inverted U"), r.out());
    assertTrue(Files.exists(png));
  }

  @Test
  void groupsAndCategoricalControls() throws Exception {
    Path in = Cli.resource("curve_observations.csv", dir);
    Path out = dir.resolve("fit.json");
    Cli.run("curve", "--input", in.toString(), "--x", "mutual", "--y", "outcome", "--group",
        "group", "--cluster", "tie_id", "--out", out.toString(), "--draws", "0", "-q").ok();
    JsonNode fit = Cli.json(out);
    assertEquals("group", fit.get("group").asText());
    assertEquals(2, fit.get("groups").get("fits").size());
    assertEquals("CR1", fit.get("covariance").asText());
    assertEquals(400, fit.get("clusters").asInt());
    Cli.run("curve", "--input", in.toString(), "--x", "mutual", "--y", "outcome", "--controls",
        "group", "--out", out.toString(), "--draws", "0", "-q").ok();
    assertEquals("[\"group=b\"]", Cli.json(out).get("controls").toString());
  }

  @Test
  void tabsQuotesAndIncompleteRows() throws Exception {
    Path in = dir.resolve("obs.tsv");
    StringBuilder b = new StringBuilder("\uFEFFx\t\"y\"\tnote\r\n");
    for (int i = 0; i < 40; i++) {
      int x = i % 10;
      b.append(x).append('\t').append(5 + 2 * x - 0.2 * x * x + ((i / 10) % 2) * 0.1).append('\t')
          .append("\"a\tquoted\"\"note\"\r\n");
    }
    b.append("4\t\tmissing outcome\r\n");
    Files.writeString(in, b.toString());
    Path out = dir.resolve("fit.json");
    assertEquals("obs.tsv, line 42: column 'y' is empty; fill it, or pass --drop-incomplete to "
        + "skip incomplete rows", Cli.run("curve", "--input", in.toString(), "--x", "x", "--y",
            "y", "--out", out.toString(), "--draws", "0").inputError());
    Cli.run("curve", "--input", in.toString(), "--x", "x", "--y", "y", "--out", out.toString(),
        "--draws", "0", "--drop-incomplete", "-q").ok();
    JsonNode fit = Cli.json(out);
    assertEquals(40, fit.get("n").asInt());
    assertEquals(1, fit.get("dropped_rows").asInt());
    Cli.close(-0.2, fit.get("quadratic").get("coefficients").get("x2").get("estimate").asDouble(),
        1e-9, "exact quadratic");
  }

  @Test
  void degenerateDataExitsWithTwo() throws Exception {
    Path in = dir.resolve("flat.csv");
    Files.writeString(in, "x,y\n1,0\n1,1\n1,0\n1,1\n1,0\n1,1\n");
    Path out = dir.resolve("fit.json");
    assertEquals("cannot fit the curve: every x equals 1.0, so no curve can be fitted",
        Cli.run("curve", "--input", in.toString(), "--x", "x", "--y", "y", "--out",
            out.toString()).inputError());
    Files.writeString(in, "x,y\n1,0\n2,0\n3,0\n4,0\n5,0\n");
    assertEquals("cannot fit the curve: every y equals 0.0, so there is no curve to estimate",
        Cli.run("curve", "--input", in.toString(), "--x", "x", "--y", "y", "--out",
            out.toString()).inputError());
    assertFalse(Files.exists(out));
  }

  @Test
  void badCellsAndColumns() throws Exception {
    Path in = dir.resolve("obs.csv");
    Files.writeString(in, "x,y,z\n1,0,a\n2,1,b\nabc,0,c\n");
    Path out = dir.resolve("fit.json");
    assertEquals("obs.csv, line 4, column 'x': \"abc\" is not a number; expected a finite number "
        + "(an empty cell is a missing value)", Cli.run("curve", "--input", in.toString(), "--x",
            "x", "--y", "y", "--out", out.toString()).inputError());
    assertEquals("obs.csv has no column 'job'; its columns are x, y, z",
        Cli.run("curve", "--input", in.toString(), "--x", "x", "--y", "job", "--out",
            out.toString()).inputError());
    Files.writeString(in, "x,y,z\n1,0,2\n2,1,3\n3,0\n");
    assertEquals("obs.csv, line 4: has 2 fields but the header has 3; expected 3 fields per row",
        Cli.run("curve", "--input", in.toString(), "--x", "x", "--y", "y", "--out",
            out.toString()).inputError());
    Files.writeString(in, "x,y,z\n1,0,2\n2,1,oops\n3,0,4\n");
    assertEquals("obs.csv, line 3, column 'z': \"oops\" is not a number; expected a number, as in "
        + "the first row of this column (an empty cell is a missing value)",
        Cli.run("curve", "--input", in.toString(), "--x", "x", "--y", "y", "--controls", "z",
            "--out", out.toString()).inputError());
    Path missing = dir.resolve("none.csv");
    assertEquals("input file not found: " + missing, Cli.run("curve", "--input",
        missing.toString(), "--x", "x", "--y", "y", "--out", out.toString()).inputError());
    assertEquals("--categorical names 'w', which is neither a control nor an instrument",
        Cli.run("curve", "--input", in.toString(), "--x", "x", "--y", "y", "--categorical", "w",
            "--out", out.toString()).inputError());
    assertEquals("--x and --y must name different columns, both are 'x'",
        Cli.run("curve", "--input", in.toString(), "--x", "x", "--y", "x", "--out",
            out.toString()).inputError());
  }
}

package org.weakties.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code weakties ties} on the weighted karate club against NetworkX 2.8.8
 * ({@code reference/make_cli_reference.py}), plus input orientation, times and errors.
 */
class TiesCommandTest {
  static final String HEADER = "source,target,weight,embeddedness,overlap,jaccard,adamic_adar,"
      + "resource_allocation,tie_strength,tie_class,unique_reach_source,unique_reach_target";
  static final double TOL = 1e-12;

  @TempDir
  Path dir;

  @Test
  void weightedKarateMatchesNetworkX() {
    Path in = Cli.resource("karate.csv", dir);
    Path out = dir.resolve("ties.csv");
    Cli.run("ties", "--input", in.toString(), "--out", out.toString(), "-q").ok();
    Cli.Csv t = Cli.csv(out);
    assertEquals(HEADER, t.headerLine());
    JsonNode ref = Cli.reference().get("ties");
    assertEquals(ref.size(), t.rows().size());
    int strong = 0;
    for (int i = 0; i < ref.size(); i++) {
      JsonNode e = ref.get(i);
      Map<String, String> r = t.rows().get(i);
      String what = "tie " + e.get("source").asText() + "-" + e.get("target").asText();
      assertEquals(e.get("source").asText(), r.get("source"), what);
      assertEquals(e.get("target").asText(), r.get("target"), what);
      assertEquals(e.get("embeddedness").asInt(), Integer.parseInt(r.get("embeddedness")), what);
      for (String c : List.of("weight", "overlap", "jaccard", "adamic_adar",
          "resource_allocation", "tie_strength")) {
        Cli.close(e.get(c).asDouble(), Cli.Csv.num(r, c), TOL, what + " " + c);
      }
      assertEquals(e.get("tie_class").asText(), r.get("tie_class"), what);
      assertEquals(e.get("unique_reach_source").asInt(),
          Integer.parseInt(r.get("unique_reach_source")), what);
      assertEquals(e.get("unique_reach_target").asInt(),
          Integer.parseInt(r.get("unique_reach_target")), what);
      if (r.get("tie_class").equals("strong")) {
        strong++;
      }
    }
    assertEquals(39, strong);
    Map<String, String> r01 = t.row("0", "1");
    assertEquals("7", r01.get("embeddedness"));
    assertEquals("0.4375", r01.get("overlap"));
    assertEquals("4.0", r01.get("weight"));
  }

  @Test
  void dispersionColumnsMatchNetworkX() {
    Path in = Cli.resource("karate.csv", dir);
    Path out = dir.resolve("ties.csv");
    Cli.run("ties", "--input", in.toString(), "--out", out.toString(), "--dispersion", "-q")
        .ok();
    Cli.Csv t = Cli.csv(out);
    assertEquals(HEADER + ",dispersion,dispersion_reverse", t.headerLine());
    JsonNode ref = Cli.reference().get("ties");
    for (int i = 0; i < ref.size(); i++) {
      JsonNode e = ref.get(i);
      Map<String, String> r = t.rows().get(i);
      Cli.close(e.get("dispersion").asDouble(), Cli.Csv.num(r, "dispersion"), TOL, "disp " + i);
      Cli.close(e.get("dispersion_reverse").asDouble(), Cli.Csv.num(r, "dispersion_reverse"),
          TOL, "disp reverse " + i);
    }
  }

  @Test
  void reversedRowsKeepTheirOrientation() throws Exception {
    // a path a-b-c-d plus the triangle b-c-e, with some rows written target first
    Path in = dir.resolve("e.csv");
    Files.writeString(in, "source,target\nb,a\nb,c\nd,c\ne,b\nc,e\n");
    Path out = dir.resolve("t.csv");
    Cli.run("ties", "--input", in.toString(), "--out", out.toString(), "-q").ok();
    Cli.Csv t = Cli.csv(out);
    List<String> pairs = new ArrayList<>();
    for (Map<String, String> r : t.rows()) {
      pairs.add(r.get("source") + r.get("target"));
    }
    assertEquals(List.of("ba", "bc", "dc", "eb", "ce"), pairs);
    // from b, tie b-a reaches nothing new; from a, it reaches c and e (only through b)
    Map<String, String> ba = t.row("b", "a");
    assertEquals("0", ba.get("unique_reach_source"));
    assertEquals("2", ba.get("unique_reach_target"));
    // d-c: from d, c leads to b and e; from c, d leads nowhere
    Map<String, String> dc = t.row("d", "c");
    assertEquals("2", dc.get("unique_reach_source"));
    assertEquals("0", dc.get("unique_reach_target"));
    assertEquals("1", t.row("b", "c").get("embeddedness"));
    assertEquals("0", ba.get("embeddedness"));
  }

  @Test
  void recencyColumnsWhenTheInputHasTimes() throws Exception {
    Path in = dir.resolve("timed.csv");
    long day = 86_400L;
    long t0 = 1_704_067_200L; // 2024-01-01T00:00:00Z
    Files.writeString(in, "source,target,weight,last_contact\n"
        + "a,b,3," + t0 + "\n"
        + "b,c,1," + (t0 - 180 * day) + "\n"
        + "c,a,2," + (t0 - 400 * day) + "\n"
        + "c,d,1,\n");
    Path out = dir.resolve("t.csv");
    Cli.run("ties", "--input", in.toString(), "--out", out.toString(), "--as-of", "2024-01-01",
        "-q").ok();
    Cli.Csv t = Cli.csv(out);
    assertEquals(HEADER + ",age_days,recency,dormant", t.headerLine());
    Map<String, String> ab = t.row("a", "b");
    assertEquals(0.0, Cli.Csv.num(ab, "age_days"));
    assertEquals(1.0, Cli.Csv.num(ab, "recency"));
    assertEquals("false", ab.get("dormant"));
    Map<String, String> bc = t.row("b", "c");
    assertEquals(180.0, Cli.Csv.num(bc, "age_days"));
    Cli.close(0.5, Cli.Csv.num(bc, "recency"), 1e-12, "half-life recency");
    Map<String, String> ca = t.row("c", "a");
    assertEquals("true", ca.get("dormant"));
    Cli.close(Math.pow(0.5, 400 / 180.0), Cli.Csv.num(ca, "recency"), 1e-12, "recency");
    assertEquals("NaN", t.row("c", "d").get("age_days"));
    // as of epoch seconds one half-life later, every known recency halves
    Cli.run("ties", "--input", in.toString(), "--out", out.toString(), "--as-of",
        Long.toString(t0 + 90 * day), "--half-life-days", "90", "-q").ok();
    Cli.close(0.5, Cli.Csv.num(Cli.csv(out).row("a", "b"), "recency"), 1e-12, "as-of epoch");
  }

  @Test
  void strongThresholdAndQuantile() {
    Path in = Cli.resource("karate.csv", dir);
    Path out = dir.resolve("t.csv");
    Cli.run("ties", "--input", in.toString(), "--out", out.toString(), "--strong-threshold",
        "0.8", "-q").ok();
    for (Map<String, String> r : Cli.csv(out).rows()) {
      boolean strong = Cli.Csv.num(r, "tie_strength") >= 0.8;
      assertEquals(strong ? "strong" : "weak", r.get("tie_class"));
    }
    Cli.run("ties", "--input", in.toString(), "--out", out.toString(), "--strong-quantile", "1",
        "-q").ok();
    long strong = Cli.csv(out).rows().stream().filter(r -> r.get("tie_class").equals("strong"))
        .count();
    assertEquals(1, strong); // only the tie of largest strength reaches the top quantile
    assertEquals("give either --strong-quantile or --strong-threshold, not both",
        Cli.run("ties", "--input", in.toString(), "--out", out.toString(), "--strong-quantile",
            "0.5", "--strong-threshold", "0.5").inputError());
    assertEquals("--strong-quantile must be between 0 and 1, got 1.5",
        Cli.run("ties", "--input", in.toString(), "--out", out.toString(), "--strong-quantile",
            "1.5").inputError());
  }

  @Test
  void jsonOutput() {
    Path in = Cli.resource("karate.csv", dir);
    Path out = dir.resolve("sub/ties.json");
    Cli.run("ties", "--input", in.toString(), "--out", out.toString(), "-q").ok();
    JsonNode rows = Cli.json(out);
    assertEquals(78, rows.size());
    JsonNode first = rows.get(0);
    assertEquals("0", first.get("source").asText());
    assertEquals(7, first.get("embeddedness").asInt());
    assertEquals(0.4375, first.get("overlap").asDouble());
    assertEquals("strong", first.get("tie_class").asText());
  }

  @Test
  void inputMistakesExitWithTwoAndOneSentence() throws Exception {
    Path in = Cli.resource("karate.csv", dir);
    Path out = dir.resolve("t.csv");
    Path missing = dir.resolve("nope.csv");
    assertEquals("input file not found: " + missing,
        Cli.run("ties", "--input", missing.toString(), "--out", out.toString()).inputError());
    assertEquals("karate.csv has no column 'nope' (given with --weight-column); its columns are "
        + "source, target, weight", Cli.run("ties", "--input", in.toString(), "--weight-column",
            "nope", "--out", out.toString()).inputError());
    assertEquals("karate.csv has no column 'when' (given with --time-column); its columns are "
        + "source, target, weight", Cli.run("ties", "--input", in.toString(), "--time-column",
            "when", "--out", out.toString()).inputError());
    Path bad = dir.resolve("bad.csv");
    Files.writeString(bad, "source,target,weight\na,b,1\nb,c,x\n");
    assertEquals("bad.csv, line 3, column 'weight': \"x\" is not a number; expected a finite "
        + "number > 0", Cli.run("ties", "--input", bad.toString(), "--out", out.toString())
            .inputError());
    assertEquals("--as-of must be epoch seconds or an ISO date such as 2024-01-31 or "
        + "2024-01-31T12:00:00Z, got 'yesterday'", Cli.run("ties", "--input", in.toString(),
            "--out", out.toString(), "--as-of", "yesterday").inputError());
    assertFalse(Files.exists(out));
  }

  @Test
  void namedColumnsAreFoundIgnoringCase() throws Exception {
    Path in = dir.resolve("w.csv");
    Files.writeString(in, "Source,Target,Strength\na,b,2\nb,c,1\nc,a,3\n");
    Path out = dir.resolve("t.csv");
    Cli.run("ties", "--input", in.toString(), "--weight-column", "strength", "--out",
        out.toString(), "-q").ok();
    assertEquals("3.0", Cli.csv(out).row("c", "a").get("weight"));
    // the default weight column may be absent: every weight is 1
    Path plain = dir.resolve("p.csv");
    Files.writeString(plain, "source,target\na,b\n");
    Cli.run("ties", "--input", plain.toString(), "--out", out.toString(), "-q").ok();
    assertEquals("1.0", Cli.csv(out).row("a", "b").get("weight"));
    assertTrue(Cli.run("ties", "--help").ok().out().contains("--strong-quantile"));
  }
}

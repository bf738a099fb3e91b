package org.weakties.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code weakties simulate}: columns, structure against NetworkX, seeds, node attributes. */
class SimulateCommandTest {
  static final String HEADER = "source,target,mutual,overlap,intensity,tie_strength,job,arm,"
      + "industry,digital";

  @TempDir
  Path dir;

  @Test
  void karateTiesCarryTheirStructure() throws Exception {
    Path in = Cli.resource("karate.csv", dir);
    Path out = dir.resolve("obs.csv");
    Cli.run("simulate", "--input", in.toString(), "--out", out.toString(), "-q").ok();
    Cli.Csv t = Cli.csv(out);
    assertEquals(HEADER, t.headerLine());
    JsonNode ref = Cli.reference().get("ties");
    assertEquals(78, t.rows().size());
    for (int i = 0; i < ref.size(); i++) {
      Map<String, String> r = t.rows().get(i);
      JsonNode e = ref.get(i);
      assertEquals(e.get("source").asText(), r.get("source"));
      assertEquals(e.get("target").asText(), r.get("target"));
      assertEquals(e.get("embeddedness").asText(), r.get("mutual"));
      Cli.close(e.get("overlap").asDouble(), Cli.Csv.num(r, "overlap"), 1e-12, "overlap " + i);
      assertTrue(r.get("job").equals("0") || r.get("job").equals("1"));
      double s = Cli.Csv.num(r, "tie_strength");
      assertTrue(s >= 0 && s <= 1);
      assertTrue(r.get("digital").equals("true") || r.get("digital").equals("false"));
    }
    // the same seed gives the same file; the tool is deterministic
    Path again = dir.resolve("again.csv");
    Cli.run("simulate", "--input", in.toString(), "--out", again.toString(), "--threads", "1",
        "-q").ok();
    assertEquals(Files.readString(out), Files.readString(again));
  }

  @Test
  void nodeAttributesAreUsed() throws Exception {
    Path in = Cli.resource("karate.csv", dir);
    Path nodes = dir.resolve("people.csv");
    StringBuilder b = new StringBuilder("node,industry,digital\n");
    for (int u = 0; u < 34; u++) {
      b.append(u).append(',').append(u < 17 ? "tech" : "retail").append(',')
          .append(u < 17).append('\n');
    }
    Files.writeString(nodes, b.toString());
    Path out = dir.resolve("obs.csv");
    Cli.run("simulate", "--input", in.toString(), "--nodes", nodes.toString(), "--out",
        out.toString(), "--seed", "3", "--no-redundancy", "-q").ok();
    Map<String, Integer> seen = new HashMap<>();
    for (Map<String, String> r : Cli.csv(out).rows()) {
      // a tie takes the attributes of the endpoint that appears first in the input
      seen.putIfAbsent(r.get("source"), seen.size());
      seen.putIfAbsent(r.get("target"), seen.size());
      String first = seen.get(r.get("source")) < seen.get(r.get("target")) ? r.get("source")
          : r.get("target");
      boolean tech = Integer.parseInt(first) < 17;
      assertEquals(tech ? "tech" : "retail", r.get("industry"));
      assertEquals(Boolean.toString(tech), r.get("digital"));
    }
  }

  @Test
  void generatedNetworkFeedsTheCurve() throws Exception {
    Path out = dir.resolve("obs.csv");
    Cli.run("simulate", "--generate", "social", "--n", "3000", "--mean-degree", "12", "--out",
        out.toString(), "--seed", "2", "-q").ok();
    Cli.Csv t = Cli.csv(out);
    assertEquals(HEADER, t.headerLine());
    assertTrue(t.rows().size() > 10_000, "about n k / 2 ties");
    Set<String> jobs = new HashSet<>();
    for (Map<String, String> r : t.rows()) {
      jobs.add(r.get("job"));
    }
    assertEquals(Set.of("0", "1"), jobs);
    Path fit = dir.resolve("fit.json");
    Cli.run("curve", "--input", out.toString(), "--x", "mutual", "--y", "job", "--out",
        fit.toString(), "--draws", "0", "-q").ok();
    assertTrue(Cli.json(fit).get("binary_outcome").asBoolean());
    Path other = dir.resolve("other.csv");
    Cli.run("simulate", "--generate", "social", "--n", "3000", "--mean-degree", "12", "--out",
        other.toString(), "--seed", "3", "-q").ok();
    assertNotEquals(Files.readString(out), Files.readString(other));
  }

  @Test
  void inputOrGenerateExactlyOne() {
    Path in = Cli.resource("karate.csv", dir);
    String out = dir.resolve("obs.csv").toString();
    assertEquals("give either --input FILE or --generate MODEL (exactly one)",
        Cli.run("simulate", "--out", out).inputError());
    assertEquals("give either --input FILE or --generate MODEL (exactly one)",
        Cli.run("simulate", "--input", in.toString(), "--generate", "social", "--out", out)
            .inputError());
    assertEquals("unknown model 'lattice'; choose er, ws, ba, holme-kim, sbm or social",
        Cli.run("simulate", "--generate", "lattice", "--out", out).inputError());
    assertEquals("--nodes applies only with --input; generated networks bring their own "
        + "attributes", Cli.run("simulate", "--generate", "social", "--nodes", in.toString(),
            "--out", out).inputError());
    Path missing = dir.resolve("none.csv");
    assertEquals("input file not found: " + missing,
        Cli.run("simulate", "--input", missing.toString(), "--out", out).inputError());
  }
}

package org.weakties.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.weakties.graph.SocialGraph;

class EgoCommandTest {
  private static final long T0 = 1_700_000_000L;
  private static final long DAY = 86_400L;

  @TempDir
  Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private PrintStream oldOut;
  private PrintStream oldErr;

  @BeforeEach
  void capture() {
    oldOut = System.out;
    oldErr = System.err;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restore() {
    System.setOut(oldOut);
    System.setErr(oldErr);
  }

  /** Alice's network: Bob dormant for 800 days with three friends only he knows. */
  private Path edges() throws IOException {
    Path f = dir.resolve("edges.csv");
    String rows = String.join("\n",
        "source,target,weight,last_contact",
        "alice,bob,1," + (T0 - 800 * DAY),
        "alice,carol,5," + T0,
        "alice,dave,2," + (T0 - 30 * DAY),
        "bob,carol,1," + (T0 - 5 * DAY),
        "bob,erin,1," + (T0 - 5 * DAY),
        "bob,frank,1," + (T0 - 5 * DAY),
        "bob,grace,1," + (T0 - 5 * DAY),
        "carol,dave,1," + (T0 - 5 * DAY),
        "dave,heidi,1," + (T0 - 5 * DAY),
        "heidi,ivan,1," + (T0 - 5 * DAY),
        "");
    Files.writeString(f, rows);
    return f;
  }

  @Test
  void writesEveryOutput() throws IOException {
    Path in = edges();
    Path md = dir.resolve("out/report.md");
    Path json = dir.resolve("out/report.json");
    Path dot = dir.resolve("out/ego.dot");
    Path png = dir.resolve("out/ego.png");
    int status = Main.run("ego", "--input", in.toString(), "--ego", "alice", "--out",
        md.toString(), "--json", json.toString(), "--dot", dot.toString(), "--plot",
        png.toString(), "--threads", "1", "-q");
    assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
    String text = Files.readString(md);
    assertTrue(text.startsWith("# Career report: alice"));
    assertTrue(text.contains("## Reach out to these people"));
    assertTrue(text.contains("**bob** (dormant tie): dormant 2.2 years, 1 mutual contact, opens 3"
        + " people you cannot reach otherwise"), text);
    JsonNode root = new ObjectMapper().readTree(json.toFile());
    assertEquals("alice", root.get("ego").asText());
    assertEquals(3, root.get("summary").get("degree").asInt());
    assertEquals(T0, root.get("summary").get("as_of").asLong());
    assertEquals("bob", root.get("reach_out").get(0).get("label").asText());
    assertEquals("dormant_tie", root.get("reach_out").get(0).get("kind").asText());
    assertTrue(Files.readString(dot).startsWith("graph ego {"));
    byte[] header = java.util.Arrays.copyOf(Files.readAllBytes(png), 4);
    assertEquals(0x89, header[0] & 0xff);
    assertEquals('P', header[1]);
    String printed = out.toString(StandardCharsets.UTF_8);
    assertTrue(printed.contains("1. bob (dormant tie): dormant 2.2 years"), printed);
  }

  @Test
  void optionsReachTheReport() throws IOException {
    Path in = edges();
    Path json = dir.resolve("r.json");
    int status = Main.run("ego", "--input", in.toString(), "--ego", "alice", "--out",
        dir.resolve("r.md").toString(), "--json", json.toString(), "--as-of", "2023-11-20",
        "--dormant-days", "20", "--top", "2", "--max-span", "0", "--peak", "6", "-q");
    assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
    JsonNode root = new ObjectMapper().readTree(json.toFile());
    long asOf = java.time.LocalDate.parse("2023-11-20").atStartOfDay(java.time.ZoneOffset.UTC)
        .toEpochSecond();
    assertEquals(asOf, root.get("summary").get("as_of").asLong());
    // dave (36 days) is now dormant too; carol (6 days) is not
    assertEquals(2, root.get("summary").get("dormant_ties").asInt());
    assertEquals(2, root.get("reach_out").size());
    assertTrue(root.get("settings").get("max_span").isNull());
    assertEquals(6.0, root.get("settings").get("curve_peak").asDouble(), 0.0);
  }

  @Test
  void communitiesFromTheNodeFile() throws IOException {
    Path in = edges();
    Path nodes = dir.resolve("nodes.csv");
    Files.writeString(nodes, "node,community\nalice,a\nbob,a\ncarol,a\ndave,a\nerin,b\n"
        + "frank,b\ngrace,b\nheidi,a\nivan,c\n");
    Path json = dir.resolve("c.json");
    int status = Main.run("ego", "--input", in.toString(), "--nodes", nodes.toString(), "--ego",
        "alice", "--out", dir.resolve("c.md").toString(), "--json", json.toString(), "-q");
    assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
    JsonNode root = new ObjectMapper().readTree(json.toFile());
    assertEquals("community", root.get("settings").get("cluster_attribute").asText());
    // friends of friends: erin, frank, grace (community b, not reached) and heidi (a, reached)
    JsonNode clusters = root.get("clusters");
    assertEquals("b", clusters.get(0).get("name").asText());
    assertFalse(clusters.get(0).get("reached").asBoolean());
    assertEquals("a", clusters.get(1).get("name").asText());
    assertTrue(clusters.get(1).get("reached").asBoolean());
    assertEquals("heidi", root.get("introductions").get(3).get("label").asText());
  }

  @Test
  void unknownEgoIsAnInputErrorWithSuggestions() throws IOException {
    Path in = edges();
    int status = Main.run("ego", "--input", in.toString(), "--ego", "Alise", "--out",
        dir.resolve("r.md").toString());
    assertEquals(Main.EXIT_INPUT, status);
    String e = err.toString(StandardCharsets.UTF_8);
    assertTrue(e.contains("there is no person labelled 'Alise'"), e);
    assertTrue(e.contains("did you mean 'alice'?"), e);
    assertFalse(Files.exists(dir.resolve("r.md")));
    err.reset();
    assertEquals(Main.EXIT_INPUT, Main.run("ego", "--input", in.toString(), "--ego", "zzz",
        "--out", dir.resolve("r.md").toString()));
    assertFalse(err.toString(StandardCharsets.UTF_8).contains("did you mean"));
  }

  @Test
  void badOptionsAreInputErrors() throws IOException {
    Path in = edges();
    for (List<String> bad : List.of(List.of("--top", "0"), List.of("--as-of", "yesterday"),
        List.of("--max-span", "1"), List.of("--dormant-days", "-1"), List.of("--peak", "-2"))) {
      err.reset();
      List<String> args = new java.util.ArrayList<>(List.of("ego", "--input", in.toString(),
          "--ego", "alice", "--out", dir.resolve("r.md").toString()));
      args.addAll(bad);
      assertEquals(Main.EXIT_INPUT, Main.run(args.toArray(new String[0])), bad.toString());
      assertTrue(err.toString(StandardCharsets.UTF_8).contains(bad.get(0)), bad.toString());
    }
  }

  /**
   * --curve takes the quadratic that 'weakties curve' fitted (the seeded inverted U of the curve
   * tests): the report's curve peaks where the fitted quadratic does, inside the observed range.
   */
  @Test
  void fittedCurveFromTheCurveCommand() throws IOException {
    Path obs = Cli.resource("curve_observations.csv", dir);
    Path fit = dir.resolve("fit.json");
    Cli.run("curve", "--input", obs.toString(), "--x", "mutual", "--y", "outcome", "--out",
        fit.toString(), "--draws", "0", "-q").ok();
    JsonNode f = Cli.json(fit);
    double b1 = f.get("quadratic").get("coefficients").get("x").get("estimate").asDouble();
    double b2 = f.get("quadratic").get("coefficients").get("x2").get("estimate").asDouble();
    double vertex = -b1 / (2 * b2);
    assertTrue(b2 < 0 && vertex > 0 && vertex < f.get("x_max").asDouble(), "vertex " + vertex);
    Path json = dir.resolve("r.json");
    Cli.Result r = Cli.run("ego", "--input", edges().toString(), "--ego", "alice", "--out",
        dir.resolve("r.md").toString(), "--json", json.toString(), "--curve", fit.toString())
        .ok();
    assertTrue(r.err().contains("usefulness curve from " + fit + ": fitted quadratic"), r.err());
    JsonNode settings = Cli.json(json).get("settings");
    assertEquals(vertex, settings.get("curve_peak").asDouble(), 1e-9 * vertex);
    assertTrue(settings.get("curve").asText().startsWith("fitted quadratic"));
  }

  @Test
  void badCurveFilesAreInputErrors() throws IOException {
    Path in = edges();
    Path missing = dir.resolve("none.json");
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, "{\n  \"quadratic\": [1,\n");
    Path linear = dir.resolve("linear.json");
    Files.writeString(linear, "{\"x_max\": 20, \"quadratic\": null}");
    Path textual = dir.resolve("textual.json");
    Files.writeString(textual, "{\"x_max\": 20, \"quadratic\": {\"coefficients\": {"
        + "\"const\": {\"estimate\": 1}, \"x\": {\"estimate\": \"big\"}, "
        + "\"x2\": {\"estimate\": -1}}}}");
    Path negative = dir.resolve("negative.json");
    Files.writeString(negative, "{\"x_max\": 20, \"quadratic\": {\"coefficients\": {"
        + "\"const\": {\"estimate\": -1}, \"x\": {\"estimate\": 0}, "
        + "\"x2\": {\"estimate\": -1}}}}");
    String[] base = {"ego", "--input", in.toString(), "--ego", "alice", "--out",
        dir.resolve("r.md").toString(), "--curve"};
    assertEquals("curve file not found: " + missing, run(base, missing.toString()).inputError());
    String e = run(base, broken.toString()).inputError();
    assertTrue(e.startsWith(broken + ", line 3, column 1: not JSON"), e);
    e = run(base, linear.toString()).inputError();
    assertTrue(e.startsWith(linear + " has no quadratic fit with coefficients x and x2"), e);
    assertEquals(textual + ": quadratic.coefficients.x.estimate must be a number, got \"big\"",
        run(base, textual.toString()).inputError());
    e = run(base, negative.toString()).inputError();
    assertTrue(e.startsWith(negative + ": the fitted curve cannot serve as a usefulness"), e);
    e = Cli.run("ego", "--input", in.toString(), "--ego", "alice", "--out",
        dir.resolve("r.md").toString(), "--curve", negative.toString(), "--peak", "4")
        .inputError();
    assertEquals("--curve and --peak exclude each other: the fitted curve has its own peak", e);
    assertFalse(Files.exists(dir.resolve("r.md")));
  }

  private static Cli.Result run(String[] base, String last) {
    String[] args = java.util.Arrays.copyOf(base, base.length + 1);
    args[base.length] = last;
    return Cli.run(args);
  }

  @Test
  void timesAndNearMatches() {
    assertEquals(1_714_521_600L, EgoCommand.time("2024-05-01"));
    assertEquals(1_714_564_800L, EgoCommand.time("2024-05-01T12:00:00Z"));
    assertEquals(12345L, EgoCommand.time("12345"));
    assertEquals(1, EgoCommand.editDistance("alise", "alice", 2));
    assertEquals(3, EgoCommand.editDistance("abcdef", "uvwxyz", 2));
    SocialGraph g = SocialGraph.builder().addEdge("Valjean", "Javert").addEdge("Valjean", "Val")
        .build();
    assertEquals(List.of("Valjean"), EgoCommand.nearMatches(g.index(), "valjaen", 5));
    assertEquals(List.of("Val", "Valjean"), EgoCommand.nearMatches(g.index(), "val", 5));
  }

  @Test
  void listedAmongTheCommands() {
    assertEquals(0, Main.run("ego", "--help"));
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("--dormant-days"));
  }
}

package org.weakties.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeCommandTest {

  private static final List<String> CHARTS = List.of("degree_distribution.png", "tie_strength.png",
      "overlap_vs_weight.png", "percolation.png", "curve.png", "ego.png");

  static void assertChart(Path png) throws IOException {
    assertTrue(Files.size(png) > 5_000, png + " is too small to be a chart");
    BufferedImage img = ImageIO.read(png.toFile());
    assertTrue(img.getWidth() >= 600 && img.getHeight() >= 400, png + " " + img.getWidth());
    // a real chart has many distinct colours, not a blank canvas
    java.util.Set<Integer> colors = new java.util.HashSet<>();
    for (int x = 0; x < img.getWidth(); x += 7) {
      for (int y = 0; y < img.getHeight(); y += 7) {
        colors.add(img.getRGB(x, y));
      }
    }
    assertTrue(colors.size() > 5, png + " looks blank");
  }

  @Test
  void demoWritesTheWholeReport(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("demo");
    Cli.Result r = Cli.run("demo", "--size", "1500", "--seed", "3", "--out", out.toString(), "-q")
        .ok();
    assertTrue(r.out().contains("nodes               1,500"), r.out());
    for (String f : List.of("edges.csv", "nodes.csv", "ties.csv", "reach.csv", "bridges.csv",
        "holes.csv", "percolation.csv", "curve.json", "observations.csv", "summary.json",
        "ego.md", "ego.json", "ego.dot", "index.html")) {
      assertTrue(Files.size(out.resolve(f)) > 0, f);
    }
    for (String c : CHARTS) {
      assertChart(out.resolve(c));
    }
    String html = Files.readString(out.resolve("index.html"));
    for (String section : List.of("Tie strength", "Friends-of-friends reach", "Bridges and local"
        + " bridges", "Structural holes", "Percolation", "The usefulness curve")) {
      assertTrue(html.contains(section), section);
    }
    assertTrue(html.contains("data:image/png;base64,"), "charts are embedded");
    assertTrue(html.contains("Reach out to these people"), "career section");
    assertTrue(Files.readString(out.resolve("ego.dot")).startsWith("graph"), "DOT export");
    assertEquals(2, Files.readAllLines(out.resolve("ties.csv")).get(0).split("overlap").length);
    String summary = Files.readString(out.resolve("summary.json"));
    assertTrue(summary.contains("\"nodes\" : 1500"), summary);
  }

  @Test
  void analyzeKarateWithOutcomes(@TempDir Path dir) throws IOException {
    Path karate = Cli.resource("karate.csv", dir);
    Path outcomes = dir.resolve("outcomes.csv");
    StringBuilder b = new StringBuilder("source,target,job\n");
    List<String> lines = Files.readAllLines(karate);
    for (int i = 1; i < lines.size(); i++) {
      String[] f = lines.get(i).split(",");
      b.append(f[0]).append(',').append(f[1]).append(',').append(i % 3 == 0 ? 1 : 0).append('\n');
    }
    Files.writeString(outcomes, b);
    Path out = dir.resolve("report");
    Cli.run("analyze", "--input", karate.toString(), "--outcomes", outcomes.toString(),
        "--out", out.toString(), "-q").ok();
    String html = Files.readString(out.resolve("index.html"));
    assertTrue(html.contains("34 people and 78 ties"), "karate summary");
    assertTrue(html.contains("outcomes in outcomes.csv"), "curve from the outcomes");
    // (0,11) is karate's only global bridge
    assertTrue(Files.readString(out.resolve("bridges.csv"))
        .contains("0,11,3.0,true,true,inf,false,33.0,\n"));
  }

  @Test
  void badInputEndsWithOneSentenceAndStatus2(@TempDir Path dir) throws IOException {
    Path karate = Cli.resource("karate.csv", dir);
    String missing = Cli.run("analyze", "--input", dir.resolve("nope.csv").toString(), "--out",
        dir.resolve("r").toString()).inputError();
    assertTrue(missing.contains("not found"), missing);
    String ego = Cli.run("analyze", "--input", karate.toString(), "--ego", "Zachary", "--out",
        dir.resolve("r").toString()).inputError();
    assertTrue(ego.contains("no person 'Zachary'"), ego);
    Path outcomes = dir.resolve("o.csv");
    Files.writeString(outcomes, "source,target,job\n0,1,1\n0,2,x\n");
    String bad = Cli.run("analyze", "--input", karate.toString(), "--outcomes", outcomes.toString(),
        "--out", dir.resolve("r").toString(), "-q").inputError();
    assertTrue(bad.contains("line 3") && bad.contains("\"x\""), bad);
    String span = Cli.run("demo", "--max-span", "2", "--out", dir.resolve("d").toString())
        .inputError();
    assertTrue(span.contains("--max-span"), span);
  }
}

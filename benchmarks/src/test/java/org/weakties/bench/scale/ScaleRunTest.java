package org.weakties.bench.scale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.weakties.bench.BenchGraphs;
import org.weakties.graph.SocialGraph;
import org.weakties.io.EdgeListOptions;
import org.weakties.io.EdgeListWriter;

/** Smoke test: the scale run's steps run on a small network, from a file and generated. */
class ScaleRunTest {
  @Test
  void allStepsRunFromAFile(@TempDir Path dir) throws Exception {
    SocialGraph g = BenchGraphs.generate(2000, 20);
    Path csv = dir.resolve("g.csv");
    EdgeListWriter.write(g, csv, EdgeListOptions.defaults());
    Path out = dir.resolve("scale.md");
    ScaleRun.main(new String[] {"--csv", csv.toString(), "--threads", "2", "--log2m", "6",
        "--out", out.toString()});
    List<String> lines = Files.readAllLines(out);
    assertTrue(lines.get(0).startsWith("Graph: 2,000 nodes, " + String.format("%,d",
        g.edgeCount()) + " edges"), lines.get(0));
    long rows = lines.stream().filter(l -> l.startsWith("| ") && !l.startsWith("| step")).count();
    assertEquals(7, rows, String.join("\n", lines)); // six steps and the total
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("| load edge list")));
    assertTrue(lines.stream().anyMatch(l -> l.contains("span capped at 8")));
  }

  @Test
  void generatedNetwork(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("scale.md");
    ScaleRun.main(new String[] {"--generate", "1500", "--max-span", "5", "--out", out.toString()});
    String text = Files.readString(out);
    assertTrue(text.contains("| generate |"), text);
    assertTrue(text.contains("span capped at 5"), text);
  }
}

package org.weakties.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.weakties.graph.SocialGraph;
import org.weakties.io.EdgeListOptions;
import org.weakties.io.EdgeListReader;
import org.weakties.io.EdgeListWriter;

/** The graph cache returns the generated graph, and the JGraphT copies hold the same edges. */
class BenchGraphsTest {

  @Test
  void binaryCacheRoundTripsTheGeneratedGraph(@TempDir Path dir) throws IOException {
    SocialGraph g = BenchGraphs.generate(1500, 12);
    Path f = dir.resolve("g.bin");
    BenchGraphs.writeBinary(g, f);
    assertEquals(16 + 16L * g.edgeCount(), Files.size(f));
    SocialGraph back = BenchGraphs.readBinary(f);
    assertEquals(g.nodeCount(), back.nodeCount());
    assertEquals(g.edgeCount(), back.edgeCount());
    SocialGraph.EdgeEndpoints a = g.endpoints();
    SocialGraph.EdgeEndpoints b = back.endpoints();
    for (int e = 0; e < g.edgeCount(); e++) {
      assertEquals(a.source()[e], b.source()[e]);
      assertEquals(a.target()[e], b.target()[e]);
      assertEquals(g.weight(e), back.weight(e), 0.0);
    }
  }

  @Test
  void truncatedCacheFileIsRefused(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("g.bin");
    BenchGraphs.writeBinary(BenchGraphs.generate(200, 6), f);
    byte[] all = Files.readAllBytes(f);
    Files.write(f, java.util.Arrays.copyOf(all, all.length - 4));
    IOException x = assertThrows(IOException.class, () -> BenchGraphs.readBinary(f));
    assertTrue(x.getMessage().contains("delete it"), x.getMessage());
  }

  @Test
  void cachedGraphIsTheSameOnTheSecondCall() {
    SocialGraph first = BenchGraphs.social(1200, 8);
    SocialGraph second = BenchGraphs.social(1200, 8);
    assertEquals(first.edgeCount(), second.edgeCount());
    assertEquals(first.endpoints().source()[17], second.endpoints().source()[17]);
    assertTrue(Files.isRegularFile(BenchGraphs.cacheDir().resolve("social-n1200-k8-s1.bin")));
  }

  @Test
  void badSizesAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> BenchGraphs.social(0));
    assertThrows(IllegalArgumentException.class, () -> BenchGraphs.social(10, 10));
    assertEquals("social-n100000-k20-s1", BenchGraphs.baseName(100_000, 20));
    assertEquals("social-n10-k2.5-s1", BenchGraphs.baseName(10, 2.5));
  }

  @Test
  void jgraphtCopyAndCsvLoaderHoldTheSameGraph(@TempDir Path dir) throws IOException {
    SocialGraph g = BenchGraphs.generate(800, 10);
    SimpleWeightedGraph<Integer, DefaultWeightedEdge> copy = JGraphTGraphs.copyOf(g);
    assertEquals(g.nodeCount(), copy.vertexSet().size());
    assertEquals(g.edgeCount(), copy.edgeSet().size());
    Path csv = dir.resolve("g.csv");
    EdgeListWriter.write(g, csv, EdgeListOptions.defaults());
    SimpleWeightedGraph<String, DefaultWeightedEdge> loaded = JGraphTGraphs.readCsv(csv);
    SocialGraph read = EdgeListReader.read(csv, EdgeListOptions.defaults());
    assertEquals(read.nodeCount(), loaded.vertexSet().size());
    assertEquals(read.edgeCount(), loaded.edgeSet().size());
    double sumW = 0;
    for (int e = 0; e < read.edgeCount(); e++) {
      sumW += read.weight(e);
    }
    double sumJ = 0;
    for (DefaultWeightedEdge e : loaded.edgeSet()) {
      sumJ += loaded.getEdgeWeight(e);
    }
    assertEquals(sumW, sumJ, 1e-9 * sumW);
    Object label = read.label(5);
    assertEquals(read.degree(5), loaded.degreeOf(label.toString()));
  }

  @Test
  void largeStackRunnerReturnsAndRethrows() {
    assertEquals(42, JGraphTGraphs.withLargeStack("t", () -> 42));
    assertThrows(StackOverflowError.class, () -> JGraphTGraphs.withLargeStack("t", () -> {
      throw new StackOverflowError("deep");
    }));
    assertThrows(IllegalStateException.class, () -> JGraphTGraphs.withLargeStack("t", () -> {
      throw new IllegalStateException("x");
    }));
  }

  @Test
  void implNamesAndJGraphTLimit() {
    assertTrue(Impl.isJGraphT("jgrapht", 100_000));
    assertTrue(!Impl.isJGraphT("weakties", 10_000_000));
    assertThrows(IllegalArgumentException.class, () -> Impl.isJGraphT("jgrapht", 100_001));
    assertThrows(IllegalArgumentException.class, () -> Impl.isJGraphT("igraph", 10));
  }
}

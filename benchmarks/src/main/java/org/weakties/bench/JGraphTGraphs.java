package org.weakties.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.weakties.graph.SocialGraph;

/**
 * JGraphT counterparts of the benchmark inputs: a {@link SimpleWeightedGraph} copy of a {@link
 * SocialGraph}, a plain edge-list loader into a {@link SimpleWeightedGraph} (JGraphT's own CSV
 * importer lives in jgrapht-io and parses through ANTLR; the loader here is the fast hand-written
 * way a JGraphT user would read a large file), and a runner that gives JGraphT's recursive
 * algorithms a large thread stack.
 */
public final class JGraphTGraphs {
  /** Stack size for {@link #withLargeStack}: 2 GiB of address space, committed only as used. */
  public static final long LARGE_STACK_BYTES = 1L << 31;

  private JGraphTGraphs() {}

  /**
   * Copies {@code g} into a {@link SimpleWeightedGraph} with the node ids as {@link Integer}
   * vertices (added in id order) and the edges in edge-id order with their weights.
   */
  public static SimpleWeightedGraph<Integer, DefaultWeightedEdge> copyOf(SocialGraph g) {
    SimpleWeightedGraph<Integer, DefaultWeightedEdge> jg =
        new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
    Integer[] vertex = new Integer[g.nodeCount()];
    for (int u = 0; u < vertex.length; u++) {
      vertex[u] = u;
      jg.addVertex(vertex[u]);
    }
    g.forEachEdge((e, u, v) -> {
      DefaultWeightedEdge edge = jg.addEdge(vertex[u], vertex[v]);
      jg.setEdgeWeight(edge, g.weight(e));
    });
    return jg;
  }

  /**
   * Reads a comma-separated edge list with a header naming {@code source}, {@code target} and
   * optionally {@code weight} (the project's CSV; other columns are skipped, fields are not quoted)
   * into a {@link SimpleWeightedGraph} whose vertices are the labels as Strings. A repeated edge
   * keeps its first weight.
   *
   * @throws IOException when the file cannot be read or lacks the source and target columns
   */
  public static SimpleWeightedGraph<String, DefaultWeightedEdge> readCsv(Path csv)
      throws IOException {
    SimpleWeightedGraph<String, DefaultWeightedEdge> g =
        new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
    try (BufferedReader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      String header = in.readLine();
      if (header == null) {
        throw new IOException(csv + " is empty");
      }
      String[] names = header.split(",", -1);
      int si = -1;
      int ti = -1;
      int wi = -1;
      for (int i = 0; i < names.length; i++) {
        switch (names[i].trim()) {
          case "source" -> si = i;
          case "target" -> ti = i;
          case "weight" -> wi = i;
          default -> { }
        }
      }
      if (si < 0 || ti < 0) {
        throw new IOException(csv + ": the header must name source and target, got " + header);
      }
      int fields = names.length;
      int[] start = new int[fields + 1];
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isEmpty()) {
          continue;
        }
        int f = 0;
        start[0] = 0;
        for (int i = 0; i < line.length() && f < fields - 1; i++) {
          if (line.charAt(i) == ',') {
            start[++f] = i + 1;
          }
        }
        start[f + 1] = line.length() + 1;
        String s = line.substring(start[si], start[si + 1] - 1);
        String t = line.substring(start[ti], start[ti + 1] - 1);
        g.addVertex(s);
        g.addVertex(t);
        DefaultWeightedEdge e = g.addEdge(s, t);
        if (e != null && wi >= 0) {
          g.setEdgeWeight(e, Double.parseDouble(line.substring(start[wi], start[wi + 1] - 1)));
        }
      }
    }
    return g;
  }

  /**
   * Runs {@code task} in a new thread with a {@link #LARGE_STACK_BYTES} stack and returns its
   * result. Errors and runtime exceptions of the task, {@link StackOverflowError} included, are
   * rethrown in the caller as they are.
   */
  public static <T> T withLargeStack(String name, Supplier<T> task) {
    AtomicReference<T> result = new AtomicReference<>();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread t = new Thread(null, () -> {
      try {
        result.set(task.get());
      } catch (Throwable x) {
        failure.set(x);
      }
    }, name, LARGE_STACK_BYTES);
    t.start();
    try {
      t.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for " + name, e);
    }
    Throwable x = failure.get();
    if (x instanceof RuntimeException r) {
      throw r;
    }
    if (x instanceof Error err) {
      throw err;
    }
    if (x != null) {
      throw new IllegalStateException(name + " failed", x);
    }
    return result.get();
  }
}

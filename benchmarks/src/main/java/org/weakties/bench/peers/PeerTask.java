package org.weakties.bench.peers;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.BiconnectivityInspector;
import org.jgrapht.alg.linkprediction.CommonNeighborsLinkPrediction;
import org.jgrapht.alg.scoring.ClusteringCoefficient;
import org.jgrapht.alg.scoring.EdgeBetweennessCentrality;
import org.jgrapht.graph.AsUnweightedGraph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.weakties.bench.JGraphTGraphs;
import org.weakties.bridge.Betweenness;
import org.weakties.bridge.BetweennessParams;
import org.weakties.bridge.BetweennessResult;
import org.weakties.bridge.Bridges;
import org.weakties.bridge.LocalBridges;
import org.weakties.bridge.LocalBridgesParams;
import org.weakties.bridge.LocalBridgesResult;
import org.weakties.graph.SocialGraph;
import org.weakties.holes.StructuralHoles;
import org.weakties.holes.StructuralHolesParams;
import org.weakties.holes.StructuralHolesResult;
import org.weakties.io.EdgeListOptions;
import org.weakties.io.EdgeListReader;
import org.weakties.reach.KHopReach;
import org.weakties.reach.KHopReachParams;
import org.weakties.reach.KHopReachResult;
import org.weakties.tie.Embeddedness;
import org.weakties.tie.EmbeddednessResult;
import org.weakties.tie.StructuralTieMeasures;
import org.weakties.tie.StructuralTieMeasuresParams;
import org.weakties.tie.StructuralTieMeasuresResult;

/**
 * One task of the side-by-side peer comparison for a JVM tool, timed, with check values, printed as
 * one JSON line in the format of {@code benchmarks/peers/peer_tasks.py}.
 *
 * <p>Usage: {@code java -Xmx16g -XX:+UseParallelGC -cp benchmarks/target/benchmarks.jar
 * org.weakties.bench.peers.PeerTask TOOL TASK EDGES.csv [--threads T]}
 * <ul>
 *   <li>TOOL: {@code weakties} (this library, {@code T} workers, default 2) or {@code jgrapht}
 *       (JGraphT 1.5.3 on a {@code SimpleWeightedGraph} with String vertices read by {@link
 *       JGraphTGraphs#readCsv}; single-threaded).</li>
 *   <li>TASK: {@code noop} (the JVM alone, for the memory baseline), {@code load}, {@code overlap}
 *       (embeddedness and overlap of every edge), {@code reach2}, {@code bridges},
 *       {@code local_bridges} (with span, no cap), {@code constraint} (weighted), {@code clustering},
 *       {@code edge_betweenness} (exact, hops). JGraphT has {@code load}, {@code overlap}
 *       (CommonNeighborsLinkPrediction per edge), {@code bridges} (BiconnectivityInspector in a
 *       thread with a 2 GiB stack; a {@link StackOverflowError} is reported as the error),
 *       {@code clustering} (ClusteringCoefficient) and {@code edge_betweenness}
 *       (EdgeBetweennessCentrality on an unweighted view); other tasks exit with status 2.</li>
 * </ul>
 *
 * <p><b>Timing.</b> The graph is loaded once, then the kernel runs once as a JIT warm-up and then
 * {@value #RUNS} more times, or {@value #SHORT_RUNS} times when the warm-up took under {@value
 * #SHORT_SECONDS} s (more chances to catch a quiet moment on a shared machine); {@code seconds} is
 * the best of these (for {@code load}, the best of the loads after a first one). When the warm-up
 * alone takes over {@value #SINGLE_RUN_SECONDS} s, that single cold run is reported ({@code runs =
 * 1}) so the task fits the 600 s cap. {@code load_seconds} is the first (cold) load. Check values
 * are computed outside the timed region.
 *
 * <p><b>Memory.</b> {@code peak_rss_mb} is the process's peak resident size ({@code VmHWM} of
 * {@code /proc/self/status}), which for a JVM includes heap the collector has not returned;
 * {@code rss_after_first_load_mb} the same right after the first load (before repeated loads and
 * kernel runs leave garbage behind);
 * {@code graph_heap_mb} (load task) is the live heap held by the loaded graph, measured as the heap
 * in use after a full collection with the graph reachable minus the same before loading.
 */
public final class PeerTask {
  /** Warm-up runs longer than this many seconds are reported alone. */
  static final double SINGLE_RUN_SECONDS = 60;
  /** Timed runs after the warm-up. */
  static final int RUNS = 3;
  /** Timed runs after a warm-up shorter than {@link #SHORT_SECONDS}. */
  static final int SHORT_RUNS = 5;
  /** Warm-up time below which {@link #SHORT_RUNS} runs are timed. */
  static final double SHORT_SECONDS = 10;

  static final List<String> WEAKTIES_TASKS = List.of("noop", "load", "overlap", "reach2",
      "bridges", "local_bridges", "constraint", "clustering", "edge_betweenness");
  static final List<String> JGRAPHT_TASKS = List.of("noop", "load", "overlap", "bridges",
      "clustering", "edge_betweenness");

  private PeerTask() {}

  /** A kernel run on a loaded graph; returns what the check values are computed from. */
  @FunctionalInterface
  interface Kernel<G> {
    Object run(G graph) throws Exception;
  }

  /** A loader of the edge-list file. */
  @FunctionalInterface
  interface Loader<G> {
    G load(Path file) throws IOException;
  }

  /** Runs one task and prints its JSON line; exit status 2 for a bad command line. */
  public static void main(String[] args) throws Exception {
    if (args.length < 3) {
      System.err.println("usage: PeerTask weakties|jgrapht TASK EDGES.csv [--threads T]");
      System.exit(2);
    }
    String tool = args[0];
    String task = args[1];
    Path file = Paths.get(args[2]);
    int threads = 2;
    for (int i = 3; i < args.length; i++) {
      if (args[i].equals("--threads") && i + 1 < args.length) {
        threads = Integer.parseInt(args[++i]);
      } else {
        System.err.println("unknown argument " + args[i]);
        System.exit(2);
      }
    }
    Map<String, Object> out;
    switch (tool) {
      case "weakties" -> {
        requireTask(tool, task, WEAKTIES_TASKS);
        out = weakties(task, file, threads);
      }
      case "jgrapht" -> {
        requireTask(tool, task, JGRAPHT_TASKS);
        out = jgrapht(task, file);
      }
      default -> {
        System.err.println("unknown tool " + tool + "; use weakties or jgrapht");
        System.exit(2);
        return;
      }
    }
    System.out.println(Json.write(out));
  }

  private static void requireTask(String tool, String task, List<String> tasks) {
    if (!tasks.contains(task)) {
      System.err.println(tool + " has no task " + task + "; it has " + tasks);
      System.exit(2);
    }
  }

  static Map<String, Object> weakties(String task, Path file, int threads) throws Exception {
    Loader<SocialGraph> loader = f -> EdgeListReader.read(f, EdgeListOptions.defaults());
    Kernel<SocialGraph> kernel = switch (task) {
      case "noop", "load" -> g -> g;
      case "overlap" -> g -> Embeddedness.compute(g,
          StructuralTieMeasuresParams.defaults().withThreads(threads));
      case "reach2" -> g -> KHopReach.compute(g, KHopReachParams.defaults().withThreads(threads));
      case "bridges" -> g -> Bridges.compute(g);
      case "local_bridges" -> g -> LocalBridges.compute(g,
          LocalBridgesParams.defaults().withThreads(threads));
      case "constraint" -> g -> StructuralHoles.compute(g,
          StructuralHolesParams.defaults().withWeighted(true).withThreads(threads));
      case "clustering" -> g -> StructuralTieMeasures.compute(g,
          StructuralTieMeasuresParams.defaults().withThreads(threads));
      case "edge_betweenness" -> g -> Betweenness.compute(g,
          BetweennessParams.exact().withThreads(threads));
      default -> throw new IllegalArgumentException("unknown task " + task);
    };
    Map<String, Object> out = header("weakties", version("org.weakties", "weakties-core"), task,
        file);
    out.put("threads", threads);
    Measured<SocialGraph> m = measure(task, file, loader, kernel);
    if (m.graph != null) {
      out.put("nodes", m.graph.nodeCount());
      out.put("edges", m.graph.edgeCount());
    }
    m.fill(out);
    out.put("check", weaktiesCheck(task, m.graph, m.result));
    return out;
  }

  static Map<String, Object> weaktiesCheck(String task, SocialGraph g, Object result) {
    Map<String, Object> c = new LinkedHashMap<>();
    switch (task) {
      case "noop" -> { }
      case "load" -> {
        c.put("nodes", g.nodeCount());
        c.put("edges", g.edgeCount());
      }
      case "overlap" -> {
        EmbeddednessResult r = (EmbeddednessResult) result;
        long emb = 0;
        double ov = 0;
        for (int e = 0; e < r.edgeCount(); e++) {
          emb += r.embeddedness(e);
          ov += r.overlap(e);
        }
        c.put("embeddedness_sum", emb);
        c.put("overlap_sum", ov);
      }
      case "clustering" -> {
        StructuralTieMeasuresResult r = (StructuralTieMeasuresResult) result;
        double s = 0;
        for (int u = 0; u < r.nodeCount(); u++) {
          s += r.clustering(u);
        }
        c.put("clustering_sum", s);
      }
      case "reach2" -> {
        KHopReachResult r = (KHopReachResult) result;
        long s = 0;
        for (int u = 0; u < r.nodeCount(); u++) {
          s += r.reach2(u);
        }
        c.put("reach2_sum", s);
      }
      case "bridges" -> c.put("bridges", ((org.weakties.bridge.BridgesResult) result).bridgeCount());
      case "local_bridges" -> {
        LocalBridgesResult r = (LocalBridgesResult) result;
        double spanSum = 0;
        for (int e = 0; e < r.edgeCount(); e++) {
          int s = r.span(e);
          if (r.isLocalBridge(e) && s != LocalBridgesResult.INFINITE_SPAN
              && s != LocalBridgesResult.NO_SPAN) {
            spanSum += s;
          }
        }
        c.put("local_bridges", r.localBridgeCount());
        c.put("infinite_spans", r.bridgeCount());
        c.put("span_sum", spanSum);
      }
      case "constraint" -> {
        StructuralHolesResult r = (StructuralHolesResult) result;
        double s = 0;
        for (int u = 0; u < r.nodeCount(); u++) {
          double x = r.constraint(u);
          if (!Double.isNaN(x)) {
            s += x;
          }
        }
        c.put("constraint_sum", s);
      }
      case "edge_betweenness" -> {
        BetweennessResult r = (BetweennessResult) result;
        double s = 0;
        double q = 0;
        for (int e = 0; e < r.edgeCount(); e++) {
          s += r.edge(e);
          q += r.edge(e) * r.edge(e);
        }
        c.put("edge_betweenness_sum", s);
        c.put("edge_betweenness_sum_squares", q);
      }
      default -> throw new IllegalArgumentException("unknown task " + task);
    }
    return c;
  }

  static Map<String, Object> jgrapht(String task, Path file) throws Exception {
    Loader<Graph<String, DefaultWeightedEdge>> loader = JGraphTGraphs::readCsv;
    Map<String, Object> check = new LinkedHashMap<>();
    Kernel<Graph<String, DefaultWeightedEdge>> kernel = switch (task) {
      case "noop", "load" -> g -> g;
      case "overlap" -> g -> {
        CommonNeighborsLinkPrediction<String, DefaultWeightedEdge> cn =
            new CommonNeighborsLinkPrediction<>(g);
        Set<DefaultWeightedEdge> edges = g.edgeSet();
        double[] common = new double[edges.size()];
        int i = 0;
        for (DefaultWeightedEdge e : edges) {
          common[i++] = cn.predict(g.getEdgeSource(e), g.getEdgeTarget(e));
        }
        return common;
      };
      case "bridges" -> g -> JGraphTGraphs.withLargeStack("jgrapht-bridges",
          () -> new BiconnectivityInspector<>(g).getBridges());
      case "clustering" -> g -> new ClusteringCoefficient<>(g).getScores();
      case "edge_betweenness" -> g -> new EdgeBetweennessCentrality<>(new AsUnweightedGraph<>(g))
          .getScores();
      default -> throw new IllegalArgumentException("unknown task " + task);
    };
    Map<String, Object> out = header("jgrapht", version("org.jgrapht", "jgrapht-core"), task,
        file);
    Measured<Graph<String, DefaultWeightedEdge>> m;
    try {
      m = measure(task, file, loader, kernel);
    } catch (StackOverflowError e) {
      out.put("error", "StackOverflowError in BiconnectivityInspector (recursive DFS) even with a "
          + "2 GiB thread stack");
      out.put("peak_rss_mb", peakRssMb());
      return out;
    }
    Graph<String, DefaultWeightedEdge> g = m.graph;
    if (g != null) {
      out.put("nodes", g.vertexSet().size());
      out.put("edges", g.edgeSet().size());
    }
    m.fill(out);
    switch (task) {
      case "noop" -> { }
      case "load" -> {
        check.put("nodes", g.vertexSet().size());
        check.put("edges", g.edgeSet().size());
      }
      case "overlap" -> {
        double[] common = (double[]) m.result;
        long emb = 0;
        double ov = 0;
        int i = 0;
        for (DefaultWeightedEdge e : g.edgeSet()) {
          long c = Math.round(common[i++]);
          emb += c;
          long d = g.degreeOf(g.getEdgeSource(e)) + g.degreeOf(g.getEdgeTarget(e)) - 2 - c;
          ov += d > 0 ? (double) c / d : 0.0;
        }
        check.put("embeddedness_sum", emb);
        check.put("overlap_sum", ov);
      }
      case "bridges" -> check.put("bridges", ((Set<?>) m.result).size());
      case "clustering" -> check.put("clustering_sum", sum((Map<?, ?>) m.result));
      case "edge_betweenness" -> {
        check.put("edge_betweenness_sum", sum((Map<?, ?>) m.result));
        double q = 0;
        for (Object v : ((Map<?, ?>) m.result).values()) {
          double x = ((Number) v).doubleValue();
          q += x * x;
        }
        check.put("edge_betweenness_sum_squares", q);
      }
      default -> throw new IllegalArgumentException("unknown task " + task);
    }
    out.put("check", check);
    return out;
  }

  private static double sum(Map<?, ?> scores) {
    double s = 0;
    for (Object v : scores.values()) {
      s += ((Number) v).doubleValue();
    }
    return s;
  }

  /** The timings, memory figures, loaded graph and last kernel result of one task. */
  static final class Measured<G> {
    G graph;
    Object result;
    double loadSeconds;
    double seconds = Double.NaN;
    int runs;
    String timing;
    double graphHeapMb = Double.NaN;
    double rssAfterFirstLoadMb = Double.NaN;

    void fill(Map<String, Object> out) {
      out.put("load_seconds", loadSeconds);
      out.put("seconds", seconds);
      out.put("runs", runs);
      out.put("timing", timing);
      if (!Double.isNaN(graphHeapMb)) {
        out.put("graph_heap_mb", graphHeapMb);
      }
      if (!Double.isNaN(rssAfterFirstLoadMb)) {
        out.put("rss_after_first_load_mb", rssAfterFirstLoadMb);
      }
      out.put("peak_rss_mb", peakRssMb());
    }
  }

  static <G> Measured<G> measure(String task, Path file, Loader<G> loader, Kernel<G> kernel)
      throws Exception {
    Measured<G> m = new Measured<>();
    if (task.equals("noop")) {
      m.seconds = 0;
      m.timing = "nothing timed: the JVM alone";
      return m;
    }
    double before = task.equals("load") ? liveHeapMb() : Double.NaN;
    long t0 = System.nanoTime();
    m.graph = loader.load(file);
    m.loadSeconds = (System.nanoTime() - t0) / 1e9;
    m.rssAfterFirstLoadMb = peakRssMb();
    if (task.equals("load")) {
      m.graphHeapMb = liveHeapMb() - before;
      if (m.loadSeconds > SINGLE_RUN_SECONDS) {
        m.seconds = m.loadSeconds;
        m.runs = 1;
        m.timing = "single cold load (over " + (int) SINGLE_RUN_SECONDS + " s)";
        m.result = m.graph;
        return m;
      }
      int runs = m.loadSeconds < SHORT_SECONDS ? SHORT_RUNS : RUNS;
      double best = Double.POSITIVE_INFINITY;
      for (int r = 0; r < runs; r++) {
        m.graph = null; // let the previous copy go before the next load
        long s = System.nanoTime();
        m.graph = loader.load(file);
        best = Math.min(best, (System.nanoTime() - s) / 1e9);
      }
      m.result = m.graph;
      m.seconds = best;
      m.runs = runs;
      m.timing = "best of " + runs + " loads after one warm-up load";
      return m;
    }
    long w = System.nanoTime();
    m.result = kernel.run(m.graph);
    double warm = (System.nanoTime() - w) / 1e9;
    if (warm > SINGLE_RUN_SECONDS) {
      m.seconds = warm;
      m.runs = 1;
      m.timing = "single cold run (over " + (int) SINGLE_RUN_SECONDS + " s)";
      return m;
    }
    int runs = warm < SHORT_SECONDS ? SHORT_RUNS : RUNS;
    double best = Double.POSITIVE_INFINITY;
    for (int r = 0; r < runs; r++) {
      m.result = null;
      long s = System.nanoTime();
      m.result = kernel.run(m.graph);
      best = Math.min(best, (System.nanoTime() - s) / 1e9);
    }
    m.seconds = best;
    m.runs = runs;
    m.timing = "best of " + runs + " runs after one warm-up run";
    return m;
  }

  private static Map<String, Object> header(String tool, String version, String task, Path file) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("tool", tool);
    out.put("version", version);
    out.put("task", task);
    out.put("file", file.getFileName().toString());
    out.put("java", System.getProperty("java.version"));
    out.put("max_heap_mb", Runtime.getRuntime().maxMemory() / 1048576.0);
    return out;
  }

  /** Heap in use after a full collection, in MiB. */
  static double liveHeapMb() {
    for (int i = 0; i < 2; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1048576.0;
  }

  /** Peak resident set size of this process (VmHWM) in MiB, NaN when /proc is not readable. */
  static double peakRssMb() {
    try {
      for (String line : Files.readAllLines(Paths.get("/proc/self/status"),
          StandardCharsets.US_ASCII)) {
        if (line.startsWith("VmHWM:")) {
          String kb = line.substring(6).trim().split("\\s+")[0];
          return Long.parseLong(kb) / 1024.0;
        }
      }
    } catch (IOException | RuntimeException e) {
      return Double.NaN;
    }
    return Double.NaN;
  }

  /** The Maven version of an artifact on the class path, or "unknown". */
  static String version(String group, String artifact) {
    String res = "/META-INF/maven/" + group + "/" + artifact + "/pom.properties";
    try (InputStream in = PeerTask.class.getResourceAsStream(res)) {
      if (in != null) {
        Properties p = new Properties();
        p.load(in);
        return p.getProperty("version", "unknown");
      }
    } catch (IOException e) {
      return "unknown";
    }
    return "unknown";
  }

  /** A minimal JSON writer for flat maps of numbers, strings and nested maps. */
  static final class Json {
    private Json() {}

    static String write(Object o) {
      StringBuilder sb = new StringBuilder();
      append(sb, o);
      return sb.toString();
    }

    private static void append(StringBuilder sb, Object o) {
      if (o == null) {
        sb.append("null");
      } else if (o instanceof Map<?, ?> map) {
        sb.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> e : map.entrySet()) {
          if (!first) {
            sb.append(", ");
          }
          first = false;
          string(sb, String.valueOf(e.getKey()));
          sb.append(": ");
          append(sb, e.getValue());
        }
        sb.append('}');
      } else if (o instanceof Double d) {
        sb.append(d.isNaN() || d.isInfinite() ? "null" : Double.toString(d));
      } else if (o instanceof Number || o instanceof Boolean) {
        sb.append(o);
      } else {
        string(sb, o.toString());
      }
    }

    private static void string(StringBuilder sb, String s) {
      sb.append('"');
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        switch (c) {
          case '"' -> sb.append("\\\"");
          case '\\' -> sb.append("\\\\");
          case '\n' -> sb.append("\\n");
          default -> {
            if (c < 0x20) {
              sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
              sb.append(c);
            }
          }
        }
      }
      sb.append('"');
    }
  }
}

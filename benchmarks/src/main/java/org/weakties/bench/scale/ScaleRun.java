package org.weakties.bench.scale;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.weakties.bench.BenchGraphs;
import org.weakties.bridge.Bridges;
import org.weakties.bridge.BridgesParams;
import org.weakties.bridge.BridgesResult;
import org.weakties.bridge.LocalBridges;
import org.weakties.bridge.LocalBridgesParams;
import org.weakties.bridge.LocalBridgesResult;
import org.weakties.exec.PrintingProgress;
import org.weakties.exec.ProgressListener;
import org.weakties.graph.SocialGraph;
import org.weakties.holes.StructuralHoles;
import org.weakties.holes.StructuralHolesParams;
import org.weakties.holes.StructuralHolesResult;
import org.weakties.io.EdgeListOptions;
import org.weakties.io.EdgeListReader;
import org.weakties.reach.HyperBall;
import org.weakties.reach.HyperBallParams;
import org.weakties.reach.HyperBallResult;
import org.weakties.tie.StructuralTieMeasures;
import org.weakties.tie.StructuralTieMeasuresParams;
import org.weakties.tie.StructuralTieMeasuresResult;

/**
 * One full analysis of a large network, step by step, with the time and memory of each step: load
 * the edge list (or generate the network), all per-edge structural measures ({@link
 * StructuralTieMeasures}), global bridges, local bridges with span capped at 8, HyperBall two-hop
 * reach, weighted constraint ({@link StructuralHoles}). Each step's result is summarised (so the work
 * cannot be skipped) and then dropped before the next step, as a pipeline that writes each table
 * out would do; only the graph stays.
 *
 * <p>Usage: {@code java -Xmx21g -XX:+UseParallelGC -cp benchmarks/target/benchmarks.jar
 * org.weakties.bench.scale.ScaleRun (--csv EDGES.csv | --generate N) [--threads T] [--log2m L]
 * [--max-span S] [--out RESULTS.md]}. With {@code --generate N} the first step generates the
 * benchmark network of N nodes in memory ({@link BenchGraphs#generate}) instead of loading a file.
 *
 * <p>Memory figures per step: the peak heap during the step (the sum of the peak usages of the heap
 * pools, which were reset before the step, so an upper bound of the true peak), the heap in use after
 * the step with its result still held, the live heap after a full collection once the result is
 * dropped, and the process's peak resident size so far ({@code VmHWM}). 10M nodes / 100M edges fit in
 * {@code -Xmx21g} with the default 256 HyperBall registers per node (10 GB of registers).
 */
public final class ScaleRun {
  private ScaleRun() {}

  /** One measured step. */
  record Step(String name, double seconds, double peakHeapGb, double heapAfterGb,
      double liveAfterDropGb, double vmHwmGb, String summary) {}

  /** Runs the analysis and prints the table (and writes it with {@code --out}). */
  public static void main(String[] args) throws IOException {
    Path csv = null;
    int generate = 0;
    int threads = 0;
    int log2m = HyperBallParams.DEFAULT_LOG2M;
    int maxSpan = 8;
    Path out = null;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      String v = i + 1 < args.length ? args[i + 1] : null;
      if (v == null) {
        usage("missing value after " + a);
      }
      switch (a) {
        case "--csv" -> csv = Paths.get(v);
        case "--generate" -> generate = Integer.parseInt(v);
        case "--threads" -> threads = Integer.parseInt(v);
        case "--log2m" -> log2m = Integer.parseInt(v);
        case "--max-span" -> maxSpan = Integer.parseInt(v);
        case "--out" -> out = Paths.get(v);
        default -> usage("unknown option " + a);
      }
      i++;
    }
    if ((csv == null) == (generate == 0)) {
      usage("give exactly one of --csv FILE and --generate N");
    }
    List<Step> steps = new ArrayList<>();
    System.out.printf(Locale.ROOT, "scale run: %s, threads %d, max heap %.1f GB, %d processors%n",
        csv != null ? csv : "generate " + generate, threads,
        Runtime.getRuntime().maxMemory() / 1e9, Runtime.getRuntime().availableProcessors());
    SocialGraph[] holder = new SocialGraph[1];
    Path file = csv;
    int nodes = generate;
    steps.add(step(csv != null ? "load edge list" : "generate", () -> {
      holder[0] = file != null ? EdgeListReader.read(file, EdgeListOptions.defaults())
          : BenchGraphs.generate(nodes, BenchGraphs.MEAN_DEGREE);
      return holder[0];
    }, g -> String.format(Locale.ROOT, "%,d nodes, %,d edges, %.1f GB of graph arrays",
        g.nodeCount(), g.edgeCount(), g.memoryBytes() / 1e9), false));
    SocialGraph g = holder[0];
    int t = threads;
    ProgressListener progress = PrintingProgress.toStderr();
    steps.add(step("structural tie measures (6 per edge)", () -> StructuralTieMeasures.compute(g,
        StructuralTieMeasuresParams.defaults().withThreads(t).withProgress(progress)),
        ScaleRun::tieSummary, true));
    steps.add(step("bridges and articulation points", () -> Bridges.compute(g,
        BridgesParams.defaults().withProgress(progress)),
        (BridgesResult r) -> String.format(Locale.ROOT, "%,d bridges, %,d articulation points, "
            + "%,d components", r.bridgeCount(), r.articulationPointCount(), r.componentCount()),
        true));
    int cap = maxSpan;
    steps.add(step("local bridges, span capped at " + cap, () -> LocalBridges.compute(g,
        LocalBridgesParams.defaults().withMaxSpan(cap).withThreads(t).withProgress(progress)),
        (LocalBridgesResult r) -> String.format(Locale.ROOT, "%,d local bridges (%,d global, %,d "
            + "over the cap), spans %s", r.localBridgeCount(), r.bridgeCount(), r.overCapCount(),
            java.util.Arrays.toString(r.spanDistribution())), true));
    int lm = log2m;
    steps.add(step("HyperBall 2-hop reach (" + (1 << lm) + " registers)", () -> HyperBall.compute(g,
        HyperBallParams.defaults().withLog2m(lm).withThreads(t).withProgress(progress)),
        (HyperBallResult r) -> String.format(Locale.ROOT, "N(1) = %.4g, N(2) = %.4g pairs, mean "
            + "2-hop reach %.1f, RSD %.1f%%", r.neighborhoodFunction(1), r.neighborhoodFunction(2),
            r.neighborhoodFunction(2) / r.nodeCount() - 1, 100 * r.relativeStandardDeviation()),
        true));
    steps.add(step("weighted constraint (structural holes)", () -> StructuralHoles.compute(g,
        StructuralHolesParams.defaults().withWeighted(true).withThreads(t)
            .withProgress(progress)),
        ScaleRun::holesSummary, true));
    String table = table(steps, g);
    System.out.println();
    System.out.print(table);
    if (out != null) {
      Files.writeString(out, table, StandardCharsets.UTF_8);
    }
  }

  private static void usage(String problem) {
    System.err.println("ScaleRun: " + problem);
    System.err.println("usage: ScaleRun (--csv EDGES.csv | --generate N) [--threads T] [--log2m L]"
        + " [--max-span S] [--out RESULTS.md]");
    System.exit(2);
  }

  /** A step's work. */
  @FunctionalInterface
  interface Work<T> {
    T run() throws IOException;
  }

  static <T> Step step(String name, Work<T> work, Function<T, String> summary, boolean drop)
      throws IOException {
    List<MemoryPoolMXBean> heap = heapPools();
    System.gc();
    heap.forEach(MemoryPoolMXBean::resetPeakUsage);
    System.out.printf(Locale.ROOT, "%-40s ...%n", name);
    long t0 = System.nanoTime();
    T result = work.run();
    double secs = (System.nanoTime() - t0) / 1e9;
    double peak = 0;
    for (MemoryPoolMXBean p : heap) {
      peak += p.getPeakUsage().getUsed();
    }
    double after = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    String s = summary.apply(result);
    if (drop) {
      result = null;
    }
    System.gc();
    double live = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    Step st = new Step(name, secs, peak / 1e9, after / 1e9, live / 1e9, vmHwmBytes() / 1e9, s);
    System.out.printf(Locale.ROOT, "%-40s %8.1f s  peak heap %5.1f GB  live after %5.1f GB  "
        + "VmHWM %5.1f GB  %s%n", name, secs, st.peakHeapGb, st.liveAfterDropGb, st.vmHwmGb, s);
    return st;
  }

  static String tieSummary(StructuralTieMeasuresResult r) {
    long emb = 0;
    double ov = 0;
    int zero = 0;
    for (int e = 0; e < r.edgeCount(); e++) {
      emb += r.embeddedness(e);
      ov += r.overlap(e);
      if (r.embeddedness(e) == 0) {
        zero++;
      }
    }
    return String.format(Locale.ROOT, "mean embeddedness %.2f, mean overlap %.4f, %,d edges in no "
        + "triangle", (double) emb / r.edgeCount(), ov / r.edgeCount(), zero);
  }

  static String holesSummary(StructuralHolesResult r) {
    double s = 0;
    int k = 0;
    for (int u = 0; u < r.nodeCount(); u++) {
      double c = r.constraint(u);
      if (!Double.isNaN(c)) {
        s += c;
        k++;
      }
    }
    return String.format(Locale.ROOT, "mean constraint %.4f over %,d nodes", s / k, k);
  }

  private static List<MemoryPoolMXBean> heapPools() {
    List<MemoryPoolMXBean> heap = new ArrayList<>();
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP && p.isValid()) {
        heap.add(p);
      }
    }
    return heap;
  }

  /** Peak resident size of this process in bytes, NaN when /proc is not readable. */
  static double vmHwmBytes() {
    try {
      for (String line : Files.readAllLines(Paths.get("/proc/self/status"),
          StandardCharsets.US_ASCII)) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.substring(6).trim().split("\\s+")[0]) * 1024.0;
        }
      }
    } catch (IOException | RuntimeException e) {
      return Double.NaN;
    }
    return Double.NaN;
  }

  static String table(List<Step> steps, SocialGraph g) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "Graph: %,d nodes, %,d edges. JDK %s, %d processors, "
        + "max heap %.1f GB.%n%n", g.nodeCount(), g.edgeCount(), System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / 1e9));
    sb.append("| step | seconds | peak heap GB | heap after GB | live after drop GB | VmHWM GB "
        + "| result |\n");
    sb.append("|---|---:|---:|---:|---:|---:|---|\n");
    double total = 0;
    for (Step s : steps) {
      total += s.seconds;
      sb.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %.1f | %.1f | %s |%n",
          s.name, s.seconds, s.peakHeapGb, s.heapAfterGb, s.liveAfterDropGb, s.vmHwmGb,
          s.summary));
    }
    sb.append(String.format(Locale.ROOT, "| total | %.1f | | | | | |%n", total));
    return sb.toString();
  }
}

package org.weakties.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;
import org.weakties.graph.ScoreTable;
import org.weakties.graph.SocialGraph;

/**
 * Hand-run measurements (not a test): builds and reads large graphs and prints times and peak heap.
 * Generates its input files under {@code core/target/io-timings/}.
 *
 * <pre>
 * mvn -o -q -pl core test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx3g -cp core/target/test-classes:core/target/classes:$(cat core/target/cp.txt) \
 *     org.weakties.io.IoTimings [edges...]
 * </pre>
 * Default sizes: 1,000,000 and 10,000,000 edges (10 edges per node on average, integer labels, a
 * weight column).
 */
public final class IoTimings {
  private IoTimings() {}

  /**
   * Polls the used heap to find its peak during a measurement, and notes the CPU time of the calling
   * thread and the GC time (wall time alone misleads on a busy machine).
   */
  private static final class PeakHeap implements AutoCloseable {
    private volatile boolean run = true;
    private volatile long peak;
    private final Thread t;
    private final long cpu0 = cpu();
    private final long gc0 = gc();

    private static long cpu() {
      return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static long gc() {
      long ms = 0;
      for (var b : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
        ms += Math.max(0, b.getCollectionTime());
      }
      return ms;
    }

    /** CPU seconds of this thread and GC seconds since the start, as text. */
    String cpuText() {
      return String.format(Locale.ROOT, "cpu %.2f s, gc %.2f s", (cpu() - cpu0) / 1e9,
          (gc() - gc0) / 1e3);
    }

    PeakHeap() {
      System.gc();
      Runtime r = Runtime.getRuntime();
      t = new Thread(() -> {
        while (run) {
          peak = Math.max(peak, r.totalMemory() - r.freeMemory());
          try {
            Thread.sleep(2);
          } catch (InterruptedException e) {
            return;
          }
        }
      });
      t.setDaemon(true);
      t.start();
    }

    long peakMb() {
      return peak >> 20;
    }

    @Override
    public void close() {
      run = false;
      try {
        t.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  public static void main(String[] args) throws Exception {
    long[] sizes = args.length == 0 ? new long[] {1_000_000, 10_000_000}
        : java.util.Arrays.stream(args).mapToLong(Long::parseLong).toArray();
    Path dir = Path.of("core/target/io-timings");
    Files.createDirectories(dir);
    System.out.printf(Locale.ROOT, "JDK %s, max heap %d MB, %d processors%n",
        System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20,
        Runtime.getRuntime().availableProcessors());
    for (long m : sizes) {
      int n = (int) Math.max(10, m / 10);
      // fromEdgeArrays
      SplittableRandom r = new SplittableRandom(m);
      int[] s = new int[(int) m];
      int[] t = new int[(int) m];
      double[] w = new double[(int) m];
      for (int i = 0; i < m; i++) {
        s[i] = r.nextInt(n);
        int v;
        do {
          v = r.nextInt(n);
        } while (v == s[i]);
        t[i] = v;
        w[i] = 1 + r.nextInt(9);
      }
      SocialGraph built;
      try (PeakHeap ph = new PeakHeap()) {
        long t0 = System.nanoTime();
        built = SocialGraph.fromEdgeArrays(n, s, t, w);
        System.out.printf(Locale.ROOT, "fromEdgeArrays %,d rows -> n=%,d m=%,d: %.2f s (%s), peak"
            + " heap %d MB (core %d MB)%n", m, built.nodeCount(), built.edgeCount(),
            (System.nanoTime() - t0) / 1e9, ph.cpuText(), ph.peakMb(),
            built.coreMemoryBytes() >> 20);
      }
      Path csv = dir.resolve("edges-" + m + ".csv");
      if (!Files.exists(csv)) {
        write(csv, s, t, w);
      }
      s = null;
      t = null;
      w = null;
      built = null;
      System.gc();
      for (int rep = 0; rep < 2; rep++) {
        try (PeakHeap ph = new PeakHeap()) {
          long t0 = System.nanoTime();
          SocialGraph g = EdgeListReader.read(csv, EdgeListOptions.defaults());
          System.out.printf(Locale.ROOT, "read %s (%d MB): n=%,d m=%,d: %.2f s (%s), peak heap %d"
              + " MB%n", csv.getFileName(), Files.size(csv) >> 20, g.nodeCount(), g.edgeCount(),
              (System.nanoTime() - t0) / 1e9, ph.cpuText(), ph.peakMb());
          if (rep == 1) {
            Path out = dir.resolve("written-" + m + ".csv");
            long t1 = System.nanoTime();
            long c1 = PeakHeap.cpu();
            EdgeListWriter.write(g, out, EdgeListOptions.defaults());
            System.out.printf(Locale.ROOT, "write edge list: %.2f s (cpu %.2f s)%n",
                (System.nanoTime() - t1) / 1e9, (PeakHeap.cpu() - c1) / 1e9);
            double[] score = new double[g.edgeCount()];
            for (int e = 0; e < score.length; e++) {
              score[e] = (double) (e % 97) / (1 + e % 89);
            }
            ScoreTable table = ScoreTable.forEdges(g.edgeCount()).addDouble("score", score).build();
            long t2 = System.nanoTime();
            long c2 = PeakHeap.cpu();
            ScoreTableWriter.write(table, g, dir.resolve("scores-" + m + ".csv"));
            System.out.printf(Locale.ROOT, "write one-column edge score table: %.2f s (cpu %.2f s)%n",
                (System.nanoTime() - t2) / 1e9, (PeakHeap.cpu() - c2) / 1e9);
          }
        }
      }
    }
  }

  private static void write(Path p, int[] s, int[] t, double[] w) throws IOException {
    try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(p), 1 << 16);
        Writer out = new java.io.OutputStreamWriter(os, StandardCharsets.UTF_8)) {
      StringBuilder b = new StringBuilder(1 << 16);
      b.append("source,target,weight\n");
      for (int i = 0; i < s.length; i++) {
        b.append(s[i]).append(',').append(t[i]).append(',').append((int) w[i]).append('\n');
        if (b.length() > 60_000) {
          out.append(b);
          b.setLength(0);
        }
      }
      out.append(b);
    }
  }
}

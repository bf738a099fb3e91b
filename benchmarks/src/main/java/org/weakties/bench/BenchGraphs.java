package org.weakties.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import org.weakties.generate.SocialNetworkGenerator;
import org.weakties.generate.SocialNetworkParams;
import org.weakties.graph.SocialGraph;
import org.weakties.io.EdgeListOptions;
import org.weakties.io.EdgeListWriter;

/**
 * The benchmark graphs: the project's social network generator with its defaults ({@link
 * SocialNetworkParams#defaults()}, mean degree 20, so about {@code 10 n} edges), seed {@link #SEED}
 * (the seed of {@code weakties generate social --seed 1}, so the JMH suite and the peer comparison
 * see the same networks), generated once and cached on disk.
 *
 * <p><b>Cache.</b> Files live in {@link #cacheDir()}: {@code social-n<N>-k<K>-s<SEED>.bin} holds the
 * structure and weights in a compact binary form ({@code "WTSG"}, version, n, m, then the source ids,
 * target ids and weights by edge id, little-endian; 16 bytes per edge), {@code .csv} the full edge
 * list written by {@link EdgeListWriter} (with interactions and last contact) for the load
 * benchmarks. A file is written under a temporary name and moved into place, so concurrent JMH forks
 * never read a half-written file. A graph read back from the binary file has the generated graph's
 * ids, edges and weights (its labels are the ids; the optional interaction and time columns are not
 * kept). Delete the folder to regenerate.
 *
 * <p><b>Cost.</b> Generation takes about 1 s per million edges on 2 cores; reading the binary file
 * a fraction of that plus the CSR build. A 100M-edge graph needs 1.6 GB on disk.
 */
public final class BenchGraphs {
  /** Seed of every benchmark network. */
  public static final long SEED = 1L;
  /** Mean degree of the standard benchmark network (the generator's default). */
  public static final double MEAN_DEGREE = SocialNetworkParams.DEFAULT_MEAN_DEGREE;
  /** Mean degree of the exact-betweenness network (10,000 nodes, about 50,000 edges). */
  public static final double BETWEENNESS_MEAN_DEGREE = 10.0;
  /** System property that overrides the cache folder. */
  public static final String CACHE_PROPERTY = "weakties.bench.cache";

  private static final int MAGIC = 0x57545347; // "WTSG"
  private static final int VERSION = 1;
  private static final int CHUNK = 1 << 20;

  private BenchGraphs() {}

  /**
   * The cache folder: the system property {@value #CACHE_PROPERTY} when set, otherwise
   * {@code benchmarks/target/graphs} when run from the repository root, otherwise
   * {@code target/graphs}.
   */
  public static Path cacheDir() {
    String p = System.getProperty(CACHE_PROPERTY);
    if (p != null && !p.isBlank()) {
      return Paths.get(p);
    }
    if (Files.isDirectory(Paths.get("benchmarks", "src"))) {
      return Paths.get("benchmarks", "target", "graphs");
    }
    return Paths.get("target", "graphs");
  }

  /** The standard benchmark network with {@code n} nodes (mean degree 20), cached. */
  public static SocialGraph social(int n) {
    return social(n, MEAN_DEGREE);
  }

  /**
   * The benchmark network with {@code n} nodes and the given mean degree, read from the cache or
   * generated (with all processors) and cached.
   *
   * @throws IllegalArgumentException when {@code n < 1} or the mean degree is not in (0, n)
   */
  public static SocialGraph social(int n, double meanDegree) {
    check(n, meanDegree);
    Path bin = cacheDir().resolve(baseName(n, meanDegree) + ".bin");
    try {
      if (Files.isRegularFile(bin)) {
        return readBinary(bin);
      }
      SocialGraph g = generate(n, meanDegree);
      writeBinary(g, bin);
      return g;
    } catch (IOException e) {
      throw new UncheckedIOException("graph cache " + bin, e);
    }
  }

  /**
   * The CSV edge list of the standard benchmark network with {@code n} nodes (header
   * {@code source,target,weight,interactions,last_contact}), written once into the cache.
   */
  public static Path socialCsv(int n) {
    check(n, MEAN_DEGREE);
    Path csv = cacheDir().resolve(baseName(n, MEAN_DEGREE) + ".csv");
    if (Files.isRegularFile(csv)) {
      return csv;
    }
    SocialGraph g = generate(n, MEAN_DEGREE);
    try {
      Files.createDirectories(csv.getParent());
      Path tmp = Files.createTempFile(csv.getParent(), csv.getFileName().toString(), ".tmp");
      EdgeListWriter.write(g, tmp, EdgeListOptions.defaults());
      moveIntoPlace(tmp, csv);
    } catch (IOException e) {
      throw new UncheckedIOException("graph cache " + csv, e);
    }
    return csv;
  }

  /** Generates the network without the cache (all processors; the result does not depend on them). */
  public static SocialGraph generate(int n, double meanDegree) {
    check(n, meanDegree);
    return SocialNetworkGenerator.generate(SocialNetworkParams.defaults().withNodes(n)
        .withMeanDegree(meanDegree).withSeed(SEED).withThreads(0));
  }

  /** File name stem of a cached network, e.g. {@code social-n100000-k20-s1}. */
  public static String baseName(int n, double meanDegree) {
    String k = meanDegree == Math.rint(meanDegree) ? Long.toString((long) meanDegree)
        : Double.toString(meanDegree);
    return String.format(Locale.ROOT, "social-n%d-k%s-s%d", n, k, SEED);
  }

  private static void check(int n, double meanDegree) {
    if (n < 1) {
      throw new IllegalArgumentException("benchmark graphs need at least 1 node, got n = " + n);
    }
    if (!(meanDegree > 0) || meanDegree >= n) {
      throw new IllegalArgumentException("mean degree must be in (0, n = " + n + "), got "
          + meanDegree);
    }
  }

  /**
   * Writes the structure and weights of {@code g} in the cache's binary form (see the class
   * comment), atomically.
   */
  public static void writeBinary(SocialGraph g, Path file) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(),
        file.getFileName().toString(), ".tmp");
    int m = g.edgeCount();
    SocialGraph.EdgeEndpoints ends = g.endpoints();
    double[] w = new double[m];
    for (int e = 0; e < m; e++) {
      w[e] = g.weight(e);
    }
    try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE,
        StandardOpenOption.TRUNCATE_EXISTING)) {
      ByteBuffer buf = ByteBuffer.allocateDirect(CHUNK * 8).order(ByteOrder.LITTLE_ENDIAN);
      buf.putInt(MAGIC).putInt(VERSION).putInt(g.nodeCount()).putInt(m).flip();
      drain(ch, buf);
      writeInts(ch, buf, ends.source());
      writeInts(ch, buf, ends.target());
      for (int from = 0; from < m; from += CHUNK) {
        int len = Math.min(CHUNK, m - from);
        buf.clear();
        buf.asDoubleBuffer().put(w, from, len);
        buf.limit(len * 8);
        drain(ch, buf);
      }
    }
    moveIntoPlace(tmp, file);
  }

  /**
   * Reads a graph written by {@link #writeBinary}.
   *
   * @throws IOException when the file cannot be read or is not a graph cache file of this version
   */
  public static SocialGraph readBinary(Path file) throws IOException {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      ByteBuffer buf = ByteBuffer.allocateDirect(CHUNK * 8).order(ByteOrder.LITTLE_ENDIAN);
      buf.limit(16);
      fill(ch, buf, file);
      buf.flip();
      int magic = buf.getInt();
      int version = buf.getInt();
      int n = buf.getInt();
      int m = buf.getInt();
      if (magic != MAGIC || version != VERSION || n < 0 || m < 0) {
        throw new IOException(file + " is not a version-" + VERSION
            + " benchmark graph file (delete it to regenerate)");
      }
      long expected = 16L + 16L * m;
      if (ch.size() != expected) {
        throw new IOException(file + " has " + ch.size() + " bytes, expected " + expected
            + " for " + m + " edges (delete it to regenerate)");
      }
      int[] src = readInts(ch, buf, m, file);
      int[] dst = readInts(ch, buf, m, file);
      double[] w = new double[m];
      for (int from = 0; from < m; from += CHUNK) {
        int len = Math.min(CHUNK, m - from);
        buf.clear();
        buf.limit(len * 8);
        fill(ch, buf, file);
        buf.flip();
        buf.asDoubleBuffer().get(w, from, len);
      }
      return SocialGraph.fromEdgeArrays(n, src, dst, w);
    }
  }

  private static void writeInts(FileChannel ch, ByteBuffer buf, int[] a) throws IOException {
    for (int from = 0; from < a.length; from += CHUNK * 2) {
      int len = Math.min(CHUNK * 2, a.length - from);
      buf.clear();
      buf.asIntBuffer().put(a, from, len);
      buf.limit(len * 4);
      drain(ch, buf);
    }
  }

  private static int[] readInts(FileChannel ch, ByteBuffer buf, int m, Path file)
      throws IOException {
    int[] a = new int[m];
    for (int from = 0; from < m; from += CHUNK * 2) {
      int len = Math.min(CHUNK * 2, m - from);
      buf.clear();
      buf.limit(len * 4);
      fill(ch, buf, file);
      buf.flip();
      buf.asIntBuffer().get(a, from, len);
    }
    return a;
  }

  private static void drain(FileChannel ch, ByteBuffer buf) throws IOException {
    while (buf.hasRemaining()) {
      ch.write(buf);
    }
  }

  private static void fill(FileChannel ch, ByteBuffer buf, Path file) throws IOException {
    while (buf.hasRemaining()) {
      if (ch.read(buf) < 0) {
        throw new IOException(file + " ends early (delete it to regenerate)");
      }
    }
  }

  private static void moveIntoPlace(Path tmp, Path target) throws IOException {
    try {
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}

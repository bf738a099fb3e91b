package org.weakties.sim;

import java.util.Objects;
import org.weakties.curve.Observations;
import org.weakties.graph.NodeIndex;
import org.weakties.graph.ScoreTable;

/**
 * The per-tie outcome of {@link JobDiffusion}, indexed by edge id. Immutable; holds no reference to
 * the graph (node labels are looked up through a {@link NodeIndex} passed to
 * {@link #toTable(NodeIndex)}).
 */
public final class DiffusionResult {
  private final int n;
  private final int[] source;
  private final int[] target;
  private final int[] mutual;
  private final double[] overlap;
  private final double[] intensity;
  private final double[] strength;
  private final int[] jobs;
  private final double[] probability;
  private final String[] nodeIndustry;
  private final boolean[] nodeDigital;
  private final String[] nodeArm;
  private final DiffusionParams params;

  DiffusionResult(int n, int[] source, int[] target, int[] mutual, double[] overlap,
      double[] intensity, double[] strength, int[] jobs, double[] probability,
      String[] nodeIndustry, boolean[] nodeDigital, String[] nodeArm, DiffusionParams params) {
    this.n = n;
    this.source = source;
    this.target = target;
    this.mutual = mutual;
    this.overlap = overlap;
    this.intensity = intensity;
    this.strength = strength;
    this.jobs = jobs;
    this.probability = probability;
    this.nodeIndustry = nodeIndustry;
    this.nodeDigital = nodeDigital;
    this.nodeArm = nodeArm;
    this.params = params;
  }

  /** Number of ties (edges). */
  public int edgeCount() {
    return mutual.length;
  }

  /** Number of nodes of the simulated graph. */
  public int nodeCount() {
    return n;
  }

  /** The parameters of the run. */
  public DiffusionParams params() {
    return params;
  }

  /** First endpoint (smaller id) of edge {@code e}. */
  public int source(int e) {
    return source[e];
  }

  /** Second endpoint of edge {@code e}. */
  public int target(int e) {
    return target[e];
  }

  /** Mutual connections (common neighbours) of edge {@code e}. */
  public int mutual(int e) {
    return mutual[e];
  }

  /** Onnela's overlap of edge {@code e} (0 when both endpoints have no other contact). */
  public double overlap(int e) {
    return overlap[e];
  }

  /** Interaction intensity (normalised weight rank, in [0, 1]) of edge {@code e}. */
  public double intensity(int e) {
    return intensity[e];
  }

  /** Composite tie strength of edge {@code e}. */
  public double tieStrength(int e) {
    return strength[e];
  }

  /** 1 when at least one job came through edge {@code e}, else 0. */
  public int job(int e) {
    return jobs[e] > 0 ? 1 : 0;
  }

  /** Number of jobs that came through edge {@code e} (both directions). */
  public int jobs(int e) {
    return jobs[e];
  }

  /** The model's probability that {@link #job(int)} is 1. */
  public double jobProbability(int e) {
    return probability[e];
  }

  /** Industry of edge {@code e} (that of its first endpoint). */
  public String industry(int e) {
    return nodeIndustry[source[e]];
  }

  /** Whether edge {@code e} is in a digital industry. */
  public boolean digital(int e) {
    return nodeDigital[source[e]];
  }

  /** Arm label of edge {@code e} (that of its first endpoint). */
  public String arm(int e) {
    return nodeArm[source[e]];
  }

  /** Share of ties through which a job came. */
  public double jobRate() {
    long s = 0;
    for (int v : jobs) {
      s += v > 0 ? 1 : 0;
    }
    return mutual.length == 0 ? 0 : (double) s / mutual.length;
  }

  /** A measure for every edge, as a new array. */
  public double[] measure(TieMeasure m) {
    Objects.requireNonNull(m, "measure");
    double[] out = new double[mutual.length];
    for (int e = 0; e < out.length; e++) {
      out[e] = switch (m) {
        case MUTUAL -> mutual[e];
        case OVERLAP -> overlap[e];
        case INTENSITY -> intensity[e];
        case TIE_STRENGTH -> strength[e];
      };
    }
    return out;
  }

  /** The job outcome of every edge (0 or 1), as a new array. */
  public double[] jobValues() {
    double[] y = new double[jobs.length];
    for (int e = 0; e < y.length; e++) {
      y[e] = jobs[e] > 0 ? 1 : 0;
    }
    return y;
  }

  /** "digital" or "non-digital" for every edge, as a new array (a ready group column). */
  public String[] digitalLabels() {
    String[] s = new String[source.length];
    for (int e = 0; e < s.length; e++) {
      s[e] = nodeDigital[source[e]] ? "digital" : "non-digital";
    }
    return s;
  }

  /** The industry of every edge, as a new array. */
  public String[] industries() {
    String[] s = new String[source.length];
    for (int e = 0; e < s.length; e++) {
      s[e] = nodeIndustry[source[e]];
    }
    return s;
  }

  /** The first endpoint of every edge, as a new array (a ready cluster column). */
  public int[] sources() {
    return source.clone();
  }

  /**
   * Observations of the job outcome against a tie measure, for {@code org.weakties.curve}; add
   * groups (for example {@link #digitalLabels()}) or clusters (for example {@link #sources()}) on
   * the builder.
   */
  public Observations.Builder observationBuilder(TieMeasure x) {
    return Observations.builder(measure(x), jobValues()).names(x.column(), "job");
  }

  /** Observations of the job outcome against a tie measure, without groups or clusters. */
  public Observations observations(TieMeasure x) {
    return observationBuilder(x).build();
  }

  /** The per-tie table with node ids as endpoints; see {@link #toTable(NodeIndex)}. */
  public ScoreTable toTable() {
    return table(null);
  }

  /**
   * The per-tie table, one row per edge id: {@code source, target} (node labels from
   * {@code index}), {@code mutual} (int), {@code overlap}, {@code intensity}, {@code tie_strength}
   * (double), {@code job} (int, 0 or 1), {@code arm}, {@code industry} (text), {@code digital}
   * (boolean). The columns the {@code weakties simulate} command writes.
   */
  public ScoreTable toTable(NodeIndex index) {
    Objects.requireNonNull(index, "index");
    if (index.size() != n) {
      throw new IllegalArgumentException("the index has " + index.size() + " nodes, the simulated "
          + "graph " + n);
    }
    return table(index);
  }

  private ScoreTable table(NodeIndex index) {
    int m = mutual.length;
    String[] s = new String[m];
    String[] t = new String[m];
    String[] arm = new String[m];
    String[] ind = new String[m];
    boolean[] dig = new boolean[m];
    int[] job = new int[m];
    for (int e = 0; e < m; e++) {
      s[e] = index == null ? Integer.toString(source[e]) : String.valueOf(index.label(source[e]));
      t[e] = index == null ? Integer.toString(target[e]) : String.valueOf(index.label(target[e]));
      arm[e] = nodeArm[source[e]];
      ind[e] = nodeIndustry[source[e]];
      dig[e] = nodeDigital[source[e]];
      job[e] = jobs[e] > 0 ? 1 : 0;
    }
    return ScoreTable.forEdges(m).addText("source", s).addText("target", t)
        .addInt("mutual", mutual).addDouble("overlap", overlap).addDouble("intensity", intensity)
        .addDouble("tie_strength", strength).addInt("job", job).addText("arm", arm)
        .addText("industry", ind).addBoolean("digital", dig).build();
  }

  @Override
  public String toString() {
    return "DiffusionResult[m=" + mutual.length + ", job rate " + jobRate() + "]";
  }
}

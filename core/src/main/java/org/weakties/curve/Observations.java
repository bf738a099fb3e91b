package org.weakties.curve;

import org.weakties.internal.IndexSort;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.weakties.graph.SocialGraph;

/**
 * The input of the curve estimators: one observation per tie with its strength {@code x} and its
 * outcome {@code y}, and optionally a group label, control variables, excluded instruments and a
 * cluster. Immutable; values are finite and labels non-null.
 *
 * <p>Create it with {@link #builder(double[], double[])}, with {@link #forEdges(SocialGraph,
 * double[], double[])} for a per-edge measure and per-edge outcomes of a graph, or with
 * {@link #fromColumns(Map, Map, ObservationColumns)} from the named columns of a table (what a CSV
 * reader produces). Categorical controls and instruments are expanded into indicator columns named
 * {@code column=level}, one per level except the first in sorted order (numeric order when every
 * level is a number, so arms 0..7 take arm 0 as the baseline).
 */
public final class Observations {
  /** Names the estimators use for their own regressors; controls must not use them. */
  static final Set<String> RESERVED = Set.of(Design.INTERCEPT, "x", "x2", "step", "xlow", "xhigh",
      "high");

  private final String xName;
  private final String yName;
  private final double[] x;
  private final double[] y;
  private final String groupName;
  private final String[] group;
  private final String[] controlNames;
  private final double[][] controls;
  private final String[] instrumentNames;
  private final double[][] instruments;
  private final String clusterName;
  private final int[] clusters;
  private final int clusterCount;
  private final int droppedRows;

  private Observations(Builder b) {
    this.xName = b.xName;
    this.yName = b.yName;
    this.x = b.x;
    this.y = b.y;
    this.groupName = b.groupName;
    this.group = b.group;
    this.controlNames = b.controlNames.toArray(new String[0]);
    this.controls = b.controls.toArray(new double[0][]);
    this.instrumentNames = b.instrumentNames.toArray(new String[0]);
    this.instruments = b.instruments.toArray(new double[0][]);
    this.clusterName = b.clusterName;
    if (b.clusterLabels != null) {
      Map<String, Integer> ids = new HashMap<>();
      clusters = new int[x.length];
      for (int i = 0; i < x.length; i++) {
        clusters[i] = ids.computeIfAbsent(b.clusterLabels[i], k -> ids.size());
      }
      clusterCount = ids.size();
    } else {
      clusters = null;
      clusterCount = 0;
    }
    this.droppedRows = b.droppedRows;
  }

  private Observations(Observations o, int[] rows) {
    this.xName = o.xName;
    this.yName = o.yName;
    this.x = select(o.x, rows);
    this.y = select(o.y, rows);
    this.groupName = o.groupName;
    this.group = o.group == null ? null : select(o.group, rows);
    this.controlNames = o.controlNames;
    this.controls = new double[o.controls.length][];
    for (int j = 0; j < controls.length; j++) {
      controls[j] = select(o.controls[j], rows);
    }
    this.instrumentNames = o.instrumentNames;
    this.instruments = new double[o.instruments.length][];
    for (int j = 0; j < instruments.length; j++) {
      instruments[j] = select(o.instruments[j], rows);
    }
    this.clusterName = o.clusterName;
    if (o.clusters != null) {
      Map<Integer, Integer> ids = new HashMap<>();
      clusters = new int[rows.length];
      for (int i = 0; i < rows.length; i++) {
        clusters[i] = ids.computeIfAbsent(o.clusters[rows[i]], k -> ids.size());
      }
      clusterCount = ids.size();
    } else {
      clusters = null;
      clusterCount = 0;
    }
    this.droppedRows = 0;
  }

  /**
   * A builder over tie strengths {@code x} and outcomes {@code y} (copied; same length; finite).
   */
  public static Builder builder(double[] x, double[] y) {
    return new Builder(x, y);
  }

  /**
   * A builder over per-edge values of a graph: {@code xByEdge[e]} and {@code yByEdge[e]} for every
   * edge id {@code e} (length {@code g.edgeCount()}). Add groups, controls or clusters on the
   * builder, for example clusters by the first endpoint of every edge.
   */
  public static Builder forEdges(SocialGraph g, double[] xByEdge, double[] yByEdge) {
    Objects.requireNonNull(g, "graph");
    if (xByEdge.length != g.edgeCount() || yByEdge.length != g.edgeCount()) {
      throw new IllegalArgumentException("per-edge arrays need " + g.edgeCount()
          + " values (one per edge id), got x " + xByEdge.length + " and y " + yByEdge.length);
    }
    return new Builder(xByEdge, yByEdge);
  }

  /**
   * Observations from the named columns of a table, as a CSV reader produces them: numeric columns
   * as {@code double[]} (NaN for an empty cell) and text columns as {@code String[]} (null for an
   * empty cell). A column may be in either map. {@code spec} says which column plays which role.
   *
   * @throws IllegalArgumentException for a missing column, a text column where a number is needed,
   *     columns of different lengths, or (without {@code dropIncomplete}) a missing value
   */
  public static Observations fromColumns(Map<String, double[]> numeric, Map<String, String[]> text,
      ObservationColumns spec) {
    Objects.requireNonNull(spec, "spec");
    Map<String, double[]> num = numeric == null ? Map.of() : numeric;
    Map<String, String[]> txt = text == null ? Map.of() : text;
    int n = -1;
    for (Map.Entry<String, double[]> e : num.entrySet()) {
      n = checkLength(n, e.getKey(), e.getValue().length);
    }
    for (Map.Entry<String, String[]> e : txt.entrySet()) {
      n = checkLength(n, e.getKey(), e.getValue().length);
    }
    if (n < 0) {
      throw new IllegalArgumentException("the table has no columns");
    }
    double[] x = numberColumn(num, txt, spec.x(), "x");
    double[] y = numberColumn(num, txt, spec.y(), "y");
    boolean[] keep = new boolean[n];
    Arrays.fill(keep, true);
    List<String> used = new ArrayList<>();
    used.add(spec.x());
    used.add(spec.y());
    if (spec.group() != null) {
      used.add(spec.group());
    }
    used.addAll(spec.controls());
    if (spec.cluster() != null) {
      used.add(spec.cluster());
    }
    used.addAll(spec.instruments());
    for (String c : used) {
      boolean isText = !num.containsKey(c);
      if (isText && !txt.containsKey(c)) {
        throw missing(c, num, txt);
      }
      for (int i = 0; i < n; i++) {
        boolean miss = isText ? txt.get(c)[i] == null || txt.get(c)[i].isEmpty()
            : Double.isNaN(num.get(c)[i]);
        if (miss) {
          if (!spec.dropIncomplete()) {
            throw new IllegalArgumentException("column '" + c + "' has a missing value in row " + i
                + "; drop incomplete rows (dropIncomplete) or fill it");
          }
          keep[i] = false;
        }
      }
    }
    int[] rows = rows(keep);
    Builder b = new Builder(select(x, rows), select(y, rows)).names(spec.x(), spec.y());
    b.droppedRows = n - rows.length;
    if (spec.group() != null) {
      b.group(spec.group(), select(labelColumn(num, txt, spec.group()), rows));
    }
    for (String c : spec.controls()) {
      if (num.containsKey(c) && !spec.categorical().contains(c)) {
        b.control(c, select(num.get(c), rows));
      } else {
        b.categoricalControl(c, select(labelColumn(num, txt, c), rows));
      }
    }
    if (spec.cluster() != null) {
      b.cluster(spec.cluster(), select(labelColumn(num, txt, spec.cluster()), rows));
    }
    for (String c : spec.instruments()) {
      if (num.containsKey(c) && !spec.categorical().contains(c)) {
        b.instrument(c, select(num.get(c), rows));
      } else {
        b.categoricalInstrument(c, select(labelColumn(num, txt, c), rows));
      }
    }
    return b.build();
  }

  private static int checkLength(int n, String name, int len) {
    if (n >= 0 && len != n) {
      throw new IllegalArgumentException("column '" + name + "' has " + len + " rows, others "
          + n);
    }
    return len;
  }

  private static IllegalArgumentException missing(String c, Map<String, double[]> num,
      Map<String, String[]> txt) {
    TreeSet<String> all = new TreeSet<>(num.keySet());
    all.addAll(txt.keySet());
    return new IllegalArgumentException("no column named '" + c + "'; the table has " + all);
  }

  private static double[] numberColumn(Map<String, double[]> num, Map<String, String[]> txt,
      String c, String role) {
    double[] v = num.get(c);
    if (v == null) {
      if (txt.containsKey(c)) {
        throw new IllegalArgumentException("the " + role + " column '" + c
            + "' holds text; it must be numeric");
      }
      throw missing(c, num, txt);
    }
    return v;
  }

  private static String[] labelColumn(Map<String, double[]> num, Map<String, String[]> txt,
      String c) {
    String[] t = txt.get(c);
    if (t != null) {
      return t;
    }
    double[] v = num.get(c);
    String[] s = new String[v.length];
    for (int i = 0; i < v.length; i++) {
      s[i] = Double.isNaN(v[i]) ? null : numberLabel(v[i]);
    }
    return s;
  }

  /** Integral numbers as integers ("3", not "3.0"); others as Java writes them. */
  static String numberLabel(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return Double.toString(v);
  }

  private static int[] rows(boolean[] keep) {
    int c = 0;
    for (boolean k : keep) {
      if (k) {
        c++;
      }
    }
    int[] r = new int[c];
    c = 0;
    for (int i = 0; i < keep.length; i++) {
      if (keep[i]) {
        r[c++] = i;
      }
    }
    return r;
  }

  private static double[] select(double[] a, int[] rows) {
    double[] r = new double[rows.length];
    for (int i = 0; i < rows.length; i++) {
      r[i] = a[rows[i]];
    }
    return r;
  }

  private static String[] select(String[] a, int[] rows) {
    String[] r = new String[rows.length];
    for (int i = 0; i < rows.length; i++) {
      r[i] = a[rows[i]];
    }
    return r;
  }

  // ------------------------------------------------------------------ accessors

  /** Number of observations. */
  public int size() {
    return x.length;
  }

  /** Name of the tie-strength variable (default "x"). */
  public String xName() {
    return xName;
  }

  /** Name of the outcome (default "y"). */
  public String yName() {
    return yName;
  }

  /** Tie strength of observation {@code i}. */
  public double x(int i) {
    return x[i];
  }

  /** Outcome of observation {@code i}. */
  public double y(int i) {
    return y[i];
  }

  /** All tie strengths (a new array). */
  public double[] xValues() {
    return x.clone();
  }

  /** All outcomes (a new array). */
  public double[] yValues() {
    return y.clone();
  }

  /** Smallest x. */
  public double xMin() {
    double m = Double.POSITIVE_INFINITY;
    for (double v : x) {
      m = Math.min(m, v);
    }
    return m;
  }

  /** Largest x. */
  public double xMax() {
    double m = Double.NEGATIVE_INFINITY;
    for (double v : x) {
      m = Math.max(m, v);
    }
    return m;
  }

  /** Number of distinct x values. */
  public int distinctX() {
    double[] s = x.clone();
    Arrays.sort(s);
    int d = s.length == 0 ? 0 : 1;
    for (int i = 1; i < s.length; i++) {
      if (s[i] != s[i - 1]) {
        d++;
      }
    }
    return d;
  }

  /** Mean outcome. */
  public double yMean() {
    double s = 0;
    for (double v : y) {
      s += v;
    }
    return s / y.length;
  }

  /** Whether every outcome is 0 or 1. */
  public boolean binaryOutcome() {
    for (double v : y) {
      if (v != 0 && v != 1) {
        return false;
      }
    }
    return true;
  }

  /** Whether the observations carry group labels. */
  public boolean hasGroups() {
    return group != null;
  }

  /** Name of the group column, or null. */
  public String groupName() {
    return groupName;
  }

  /** Group label of observation {@code i}. */
  public String group(int i) {
    if (group == null) {
      throw new IllegalStateException("these observations have no groups");
    }
    return group[i];
  }

  /**
   * The distinct group labels in sorted order (numeric order when every label is a number), empty
   * without groups.
   */
  public List<String> groups() {
    return group == null ? List.of() : sortedLevels(group);
  }

  /** Distinct labels, in numeric order when all parse as numbers, else in string order. */
  static List<String> sortedLevels(String[] labels) {
    List<String> d = new ArrayList<>(new TreeSet<>(Arrays.asList(labels)));
    double[] v = new double[d.size()];
    for (int i = 0; i < v.length; i++) {
      try {
        v[i] = Double.parseDouble(d.get(i));
      } catch (NumberFormatException e) {
        return List.copyOf(d);
      }
    }
    int[] order = IndexSort.order(v);
    List<String> out = new ArrayList<>(v.length);
    for (int i : order) {
      out.add(d.get(i));
    }
    return List.copyOf(out);
  }

  /** The observations of one group (without {@link #droppedRows()}). */
  public Observations subset(String label) {
    if (group == null) {
      throw new IllegalStateException("these observations have no groups");
    }
    boolean[] keep = new boolean[x.length];
    boolean any = false;
    for (int i = 0; i < x.length; i++) {
      keep[i] = group[i].equals(label);
      any |= keep[i];
    }
    if (!any) {
      throw new IllegalArgumentException("no observation has group '" + label + "'; groups are "
          + groups());
    }
    return new Observations(this, rows(keep));
  }

  /** The observations at the given row indices (for resampling and sub-samples). */
  Observations rows(int[] rowIds) {
    return new Observations(this, rowIds);
  }

  /** Number of control columns (after expanding categorical controls). */
  public int controlCount() {
    return controlNames.length;
  }

  /** Names of the control columns. */
  public List<String> controlNames() {
    return List.of(controlNames);
  }

  /** Value of control {@code j} for observation {@code i}. */
  public double control(int j, int i) {
    return controls[j][i];
  }

  /** Mean of control {@code j}. */
  public double controlMean(int j) {
    double s = 0;
    for (double v : controls[j]) {
      s += v;
    }
    return s / controls[j].length;
  }

  /** Number of excluded-instrument columns (after expanding categorical instruments). */
  public int instrumentCount() {
    return instrumentNames.length;
  }

  /** Names of the instrument columns. */
  public List<String> instrumentNames() {
    return List.of(instrumentNames);
  }

  /** Whether the observations carry clusters. */
  public boolean hasClusters() {
    return clusters != null;
  }

  /** Name of the cluster column, or null. */
  public String clusterName() {
    return clusterName;
  }

  /** Number of distinct clusters (0 without clusters). */
  public int clusterCount() {
    return clusterCount;
  }

  /** Dense cluster id (0..G-1) of observation {@code i}. */
  public int cluster(int i) {
    if (clusters == null) {
      throw new IllegalStateException("these observations have no clusters");
    }
    return clusters[i];
  }

  /** Rows dropped as incomplete by {@link #fromColumns}; 0 otherwise. */
  public int droppedRows() {
    return droppedRows;
  }

  /**
   * The covariance estimator for fits of these observations: CR1 by the cluster column when there
   * is one, else {@code type} (which must not be CR1).
   */
  public Covariance covariance(CovarianceType type) {
    if (clusters != null) {
      return Covariance.clustered(clusters);
    }
    return Covariance.of(type);
  }

  // raw access for the estimators of this package
  double[] rawX() {
    return x;
  }

  double[] rawY() {
    return y;
  }

  double[][] rawControls() {
    return controls;
  }

  double[][] rawInstruments() {
    return instruments;
  }

  int[] rawClusters() {
    return clusters;
  }

  @Override
  public String toString() {
    return "Observations[n=" + x.length + ", x=" + xName + ", y=" + yName
        + (group != null ? ", group=" + groupName : "")
        + (controlNames.length > 0 ? ", controls=" + Arrays.toString(controlNames) : "")
        + (clusters != null ? ", cluster=" + clusterName + " (" + clusterCount + ")" : "")
        + (instrumentNames.length > 0 ? ", instruments=" + Arrays.toString(instrumentNames) : "")
        + "]";
  }

  /** Collects the optional columns of {@link Observations}. Not thread-safe. */
  public static final class Builder {
    private final double[] x;
    private final double[] y;
    private String xName = "x";
    private String yName = "y";
    private String groupName;
    private String[] group;
    private final List<String> controlNames = new ArrayList<>();
    private final List<double[]> controls = new ArrayList<>();
    private final List<String> instrumentNames = new ArrayList<>();
    private final List<double[]> instruments = new ArrayList<>();
    private String clusterName;
    private String[] clusterLabels;
    private int droppedRows;

    private Builder(double[] x, double[] y) {
      Objects.requireNonNull(x, "x");
      Objects.requireNonNull(y, "y");
      if (x.length != y.length) {
        throw new IllegalArgumentException("x has " + x.length + " values, y has " + y.length);
      }
      this.x = finite(x.clone(), "x");
      this.y = finite(y.clone(), "y");
    }

    private static double[] finite(double[] v, String what) {
      for (int i = 0; i < v.length; i++) {
        if (!Double.isFinite(v[i])) {
          throw new IllegalArgumentException(what + "[" + i + "] is " + v[i]
              + "; observations must be finite numbers (drop incomplete rows first)");
        }
      }
      return v;
    }

    private void length(String what, int len) {
      if (len != x.length) {
        throw new IllegalArgumentException(what + " has " + len + " values for " + x.length
            + " observations");
      }
    }

    private static String[] labels(String what, String[] v) {
      String[] c = v.clone();
      for (int i = 0; i < c.length; i++) {
        if (c[i] == null) {
          throw new IllegalArgumentException(what + " label of observation " + i
              + " is missing; every observation needs one");
        }
      }
      return c;
    }

    /** Names of x and y (used in reports; default "x" and "y"). */
    public Builder names(String xColumn, String yColumn) {
      this.xName = Objects.requireNonNull(xColumn, "x name");
      this.yName = Objects.requireNonNull(yColumn, "y name");
      return this;
    }

    /** Group labels, one per observation (copied). */
    public Builder group(String name, String[] labels) {
      length("group '" + name + "'", labels.length);
      this.groupName = Objects.requireNonNull(name, "group name");
      this.group = labels("group", labels);
      return this;
    }

    private void checkName(String name, List<String> taken) {
      Objects.requireNonNull(name, "column name");
      if (RESERVED.contains(name)) {
        throw new IllegalArgumentException("'" + name + "' is reserved for the estimators' own "
            + "regressors " + new TreeSet<>(RESERVED) + "; rename the column");
      }
      if (taken.contains(name)) {
        throw new IllegalArgumentException("duplicate column '" + name + "'");
      }
    }

    /** A numeric control (copied). */
    public Builder control(String name, double[] values) {
      length("control '" + name + "'", values.length);
      checkName(name, controlNames);
      controlNames.add(name);
      controls.add(finite(values.clone(), name));
      return this;
    }

    /** A categorical control, expanded into indicators {@code name=level} (first level omitted). */
    public Builder categoricalControl(String name, String[] levels) {
      length("control '" + name + "'", levels.length);
      for (Map.Entry<String, double[]> e : dummies(name, labels(name, levels)).entrySet()) {
        control(e.getKey(), e.getValue());
      }
      return this;
    }

    /** A numeric excluded instrument (copied). */
    public Builder instrument(String name, double[] values) {
      length("instrument '" + name + "'", values.length);
      checkName(name, instrumentNames);
      instrumentNames.add(name);
      instruments.add(finite(values.clone(), name));
      return this;
    }

    /**
     * A categorical excluded instrument such as a randomised arm, expanded into indicators
     * {@code name=level} (first level in sorted order omitted, as the baseline).
     */
    public Builder categoricalInstrument(String name, String[] levels) {
      length("instrument '" + name + "'", levels.length);
      for (Map.Entry<String, double[]> e : dummies(name, labels(name, levels)).entrySet()) {
        instrument(e.getKey(), e.getValue());
      }
      return this;
    }

    /** Clusters by label, one per observation (copied). */
    public Builder cluster(String name, String[] labels) {
      length("cluster '" + name + "'", labels.length);
      this.clusterName = Objects.requireNonNull(name, "cluster name");
      this.clusterLabels = labels("cluster", labels);
      return this;
    }

    /** Clusters by int id, one per observation. */
    public Builder cluster(String name, int[] ids) {
      String[] l = new String[ids.length];
      for (int i = 0; i < ids.length; i++) {
        l[i] = Integer.toString(ids[i]);
      }
      return cluster(name, l);
    }

    /** The observations. */
    public Observations build() {
      return new Observations(this);
    }

    private static Map<String, double[]> dummies(String name, String[] levels) {
      List<String> distinct = sortedLevels(levels);
      Map<String, double[]> out = new LinkedHashMap<>();
      boolean first = true;
      for (String level : distinct) {
        if (first) {
          first = false;
          continue;
        }
        double[] d = new double[levels.length];
        for (int i = 0; i < levels.length; i++) {
          d[i] = levels[i].equals(level) ? 1 : 0;
        }
        out.put(name + "=" + level, d);
      }
      return out;
    }
  }
}

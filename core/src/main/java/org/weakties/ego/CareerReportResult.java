package org.weakties.ego;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.weakties.graph.ScoreTable;

/**
 * The career report of one person, from {@link CareerReport}. Immutable; holds labels as text and no
 * reference to the graph. Sections: {@link #ties()} (1), {@link #bridges()} (2), {@link #dormant()}
 * (3), {@link #introductions()} with {@link #clusters()} (4), {@link #summary()} (5) and
 * {@link #reachOut()} (6), plus {@link #circles()} of contacts and the data of an
 * {@link #egoNetworkDrawing() ego-network drawing}. Output: {@link #toJson()} (keys listed in the
 * package documentation), {@link #toMarkdown()}, {@link #toDot()} and {@link #toTable()}.
 */
public final class CareerReportResult {

  /**
   * The settings a report was made with, for the record.
   *
   * @param top length of the reach-out and introduction lists
   * @param dormantDays the dormancy threshold in days
   * @param halfLifeDays the recency half-life in days
   * @param maxSpan the span cap ({@link CareerReportParams#UNLIMITED} = none)
   * @param curve the usefulness curve, described
   * @param curvePeak the m where the curve is highest (NaN for a flat curve)
   * @param clusterAttribute the community attribute used for circles and clusters, or null when
   *     they are connected components
   * @param weightedHoles whether the structural holes are weighted
   * @param strongThreshold the composite strength at and above which a tie is strong (the median)
   * @param strengthSignals the signals composite strength combined (signals constant over the
   *     network are left out), for example {@code [weight, overlap]}
   */
  public record Settings(int top, double dormantDays, double halfLifeDays, int maxSpan,
      String curve, double curvePeak, String clusterAttribute, boolean weightedHoles,
      double strongThreshold, List<String> strengthSignals) {
    /** Checks the curve text and copies the list. */
    public Settings {
      Objects.requireNonNull(curve, "curve");
      strengthSignals = List.copyOf(strengthSignals);
    }
  }

  private final EgoSummary summary;
  private final Settings settings;
  private final List<EgoTie> ties;
  private final List<EgoTie> bridges;
  private final List<EgoTie> dormant;
  private final List<Introduction> introductions;
  private final List<Group> clusters;
  private final List<Group> circles;
  private final List<ReachOut> reachOut;
  private final EgoNetworkDrawing drawing;

  CareerReportResult(EgoSummary summary, Settings settings, List<EgoTie> ties,
      List<EgoTie> bridges, List<EgoTie> dormant, List<Introduction> introductions,
      List<Group> clusters, List<Group> circles, List<ReachOut> reachOut,
      EgoNetworkDrawing drawing) {
    this.summary = summary;
    this.settings = settings;
    this.ties = List.copyOf(ties);
    this.bridges = List.copyOf(bridges);
    this.dormant = List.copyOf(dormant);
    this.introductions = List.copyOf(introductions);
    this.clusters = List.copyOf(clusters);
    this.circles = List.copyOf(circles);
    this.reachOut = List.copyOf(reachOut);
    this.drawing = drawing;
  }

  /** The label of the person the report is about. */
  public String ego() {
    return summary.ego();
  }

  /** Section 5: the summary. */
  public EgoSummary summary() {
    return summary;
  }

  /** The settings the report was made with. */
  public Settings settings() {
    return settings;
  }

  /** Section 1: every tie of ego, strongest first (unmodifiable). */
  public List<EgoTie> ties() {
    return ties;
  }

  /** The tie to the contact labelled {@code label}, if there is one. */
  public Optional<EgoTie> tie(String label) {
    for (EgoTie t : ties) {
      if (t.label().equals(label)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /**
   * Section 2: the local bridges (global bridges included), global bridges first, then longest span
   * (over the cap before finite spans), then most unique reach, then strength rank.
   */
  public List<EgoTie> bridges() {
    return bridges;
  }

  /** Section 3: the dormant ties, highest reconnect score first, then by label. */
  public List<EgoTie> dormant() {
    return dormant;
  }

  /**
   * Section 4: the best {@code top} friends of friends to be introduced to: unreached clusters first,
   * then highest usefulness, most people opened, label.
   */
  public List<Introduction> introductions() {
    return introductions;
  }

  /**
   * The clusters of all friends of friends, largest first ({@link Introduction#cluster()} indexes
   * this list).
   */
  public List<Group> clusters() {
    return clusters;
  }

  /** The circles of ego's contacts, largest first ({@link EgoTie#circle()} indexes this list). */
  public List<Group> circles() {
    return circles;
  }

  /** Section 6: "reach out to these people", best first. */
  public List<ReachOut> reachOut() {
    return reachOut;
  }

  /** Data to draw ego's network (ego, its strongest contacts by circle, their ties). */
  public EgoNetworkDrawing egoNetworkDrawing() {
    return drawing;
  }

  /**
   * The report as JSON (UTF-8 text, keys in the package documentation). NaN and infinite numbers are
   * written as {@code null}.
   */
  public String toJson() {
    return ReportText.json(this);
  }

  /** The report as Markdown: summary, reach-out list, tables of ties, bridges, dormant ties and
   * introductions by cluster, and how the numbers are computed. Long tables are cut at
   * {@link #MARKDOWN_MAX_ROWS} rows (the JSON has everything). */
  public String toMarkdown() {
    return ReportText.markdown(this);
  }

  /**
   * The drawing as Graphviz DOT: ego in the centre, strong ties bold red, weak ties thin blue, local
   * bridges dashed orange (whatever their class). Render with {@code neato} or {@code circo}.
   */
  public String toDot() {
    return ReportText.dot(drawing);
  }

  /** The longest table of the Markdown report, in rows. */
  public static final int MARKDOWN_MAX_ROWS = 100;

  /**
   * The ties of ego as a table, one row per tie in rank order (so the rows are not edge ids of the
   * graph: write it as plain CSV, not with the edge-table writer). Columns: {@code ego},
   * {@code contact} (text), {@code rank}, {@code weight}, {@code interactions}, {@code mutual},
   * {@code overlap}, {@code tie_strength}, {@code tie_class}, {@code bridge}, {@code local_bridge},
   * {@code span} (inf for a global bridge, NaN when not a local bridge or over the cap),
   * {@code span_over_cap}, {@code unique_reach}, {@code age_days}, {@code dormant},
   * {@code usefulness}, {@code reconnect_score}, {@code circle}.
   */
  public ScoreTable toTable() {
    int k = ties.size();
    String[] ego = new String[k];
    String[] contact = new String[k];
    int[] rank = new int[k];
    double[] weight = new double[k];
    double[] inter = new double[k];
    int[] mutual = new int[k];
    double[] overlap = new double[k];
    double[] strength = new double[k];
    String[] cls = new String[k];
    boolean[] bridge = new boolean[k];
    boolean[] local = new boolean[k];
    double[] span = new double[k];
    boolean[] over = new boolean[k];
    int[] unique = new int[k];
    double[] age = new double[k];
    boolean[] dorm = new boolean[k];
    double[] use = new double[k];
    double[] score = new double[k];
    int[] circle = new int[k];
    for (int i = 0; i < k; i++) {
      EgoTie t = ties.get(i);
      ego[i] = summary.ego();
      contact[i] = t.label();
      rank[i] = t.rank();
      weight[i] = t.weight();
      inter[i] = t.interactions();
      mutual[i] = t.mutual();
      overlap[i] = t.overlap();
      strength[i] = t.strength();
      cls[i] = t.tieClass();
      bridge[i] = t.bridge();
      local[i] = t.localBridge();
      span[i] = t.span() == EgoTie.INFINITE_SPAN ? Double.POSITIVE_INFINITY
          : t.span() >= 0 ? t.span() : Double.NaN;
      over[i] = t.span() == EgoTie.OVER_CAP;
      unique[i] = t.uniqueReach();
      age[i] = t.ageDays();
      dorm[i] = t.dormant();
      use[i] = t.usefulness();
      score[i] = t.reconnectScore();
      circle[i] = t.circle();
    }
    return ScoreTable.forEdges(k).addText("ego", ego).addText("contact", contact)
        .addInt("rank", rank).addDouble("weight", weight).addDouble("interactions", inter)
        .addInt("mutual", mutual).addDouble("overlap", overlap).addDouble("tie_strength", strength)
        .addText("tie_class", cls).addBoolean("bridge", bridge).addBoolean("local_bridge", local)
        .addDouble("span", span).addBoolean("span_over_cap", over).addInt("unique_reach", unique)
        .addDouble("age_days", age).addBoolean("dormant", dorm).addDouble("usefulness", use)
        .addDouble("reconnect_score", score).addInt("circle", circle).build();
  }

  @Override
  public String toString() {
    return "CareerReportResult[" + summary.ego() + ": " + ties.size() + " ties, "
        + introductions.size() + " introductions, " + reachOut.size() + " to reach out to]";
  }
}

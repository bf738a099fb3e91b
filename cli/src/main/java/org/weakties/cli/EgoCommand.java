package org.weakties.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.weakties.cli.report.Plots;
import org.weakties.ego.CareerReport;
import org.weakties.ego.CareerReportParams;
import org.weakties.ego.CareerReportResult;
import org.weakties.ego.EgoNetworkDrawing;
import org.weakties.ego.ReachOut;
import org.weakties.ego.UsefulnessCurve;
import org.weakties.graph.NodeIndex;
import org.weakties.graph.SocialGraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code weakties ego}: the career report for one person. */
@Command(name = "ego", mixinStandardHelpOptions = true,
    description = {"The career report for one person looking for their next job: ties ranked by "
        + "strength and classified, bridges and local bridges, dormant ties worth reviving, "
        + "introductions to friends of friends by cluster, network diversity and structural "
        + "holes, and a short 'reach out to these people' list.",
        "Writes Markdown (--out), and optionally JSON (--json), Graphviz DOT (--dot) and a PNG "
            + "drawing of the ego network (--plot); prints the reach-out list."})
final class EgoCommand implements Callable<Integer> {

  @Mixin
  InputOptions in;

  @Mixin
  RunOptions run;

  @Option(names = "--ego", required = true, paramLabel = "NAME",
      description = "The person the report is about: a node label exactly as in the input.")
  String ego;

  @Option(names = "--top", paramLabel = "N", defaultValue = "25",
      description = "Length of the reach-out and introduction lists (default: ${DEFAULT-VALUE}).")
  int top;

  @Option(names = "--as-of", paramLabel = "TIME",
      description = "Measure ages from this time: a date (2024-05-01, midnight UTC), an instant "
          + "(2024-05-01T12:00:00Z) or epoch seconds (default: the latest contact in the data).")
  String asOf;

  @Option(names = "--dormant-days", paramLabel = "DAYS", defaultValue = "365",
      description = "A tie is dormant after this many days without contact "
          + "(default: ${DEFAULT-VALUE}).")
  double dormantDays;

  @Option(names = "--half-life-days", paramLabel = "DAYS", defaultValue = "180",
      description = "Half-life of the recency signal of tie strength (default: ${DEFAULT-VALUE}).")
  double halfLifeDays;

  @Option(names = "--max-span", paramLabel = "HOPS", defaultValue = "8",
      description = "Longest detour searched for the span of a local bridge; 0 = no limit "
          + "(default: ${DEFAULT-VALUE}).")
  int maxSpan;

  @Option(names = "--peak", paramLabel = "M",
      description = "Mutual connections where a tie is most useful: the peak of the inverted-U "
          + "usefulness curve (default: 10, Rajkumar et al. 2022).")
  Double peak;

  @Option(names = "--curve", paramLabel = "FILE",
      description = "Usefulness curve fitted by 'weakties curve --x <mutual connections> --out "
          + "FILE': its quadratic fit over the observed range replaces the inverted U of --peak.")
  Path curve;

  @Option(names = "--cluster-attribute", paramLabel = "KEY", defaultValue = "community",
      description = "Node attribute (from --nodes) that names a person's community; without it, "
          + "clusters are groups of friends of friends connected to each other "
          + "(default: ${DEFAULT-VALUE}).")
  String clusterAttribute;

  @Option(names = "--strength-sample", paramLabel = "EDGES", defaultValue = "100000",
      description = "Networks with more ties rank tie strength against a seeded sample of this "
          + "many ties instead of all of them (default: ${DEFAULT-VALUE}).")
  int strengthSample;

  @Option(names = "--out", required = true, paramLabel = "FILE",
      description = "Markdown report to write.")
  Path out;

  @Option(names = "--json", paramLabel = "FILE", description = "JSON report to write.")
  Path json;

  @Option(names = "--dot", paramLabel = "FILE",
      description = "Graphviz DOT file of the ego network to write.")
  Path dot;

  @Option(names = "--plot", paramLabel = "FILE", description = "PNG drawing of the ego network.")
  Path plot;

  @Override
  public Integer call() throws Exception {
    CareerReportParams params = params();
    long t0 = System.nanoTime();
    SocialGraph g = in.load();
    run.say(String.format(Locale.ROOT, "read %s in %.1f s: %,d people, %,d ties", in.input,
        (System.nanoTime() - t0) / 1e9, g.nodeCount(), g.edgeCount()));
    int id = findEgo(g, ego, in.input);
    long t1 = System.nanoTime();
    CareerReportResult r = CareerReport.compute(g, id, params);
    run.say(String.format(Locale.ROOT, "career report of %s in %.2f s", ego,
        (System.nanoTime() - t1) / 1e9));
    write(out, r.toMarkdown());
    if (json != null) {
      write(json, r.toJson());
    }
    if (dot != null) {
      write(dot, r.toDot());
    }
    if (plot != null) {
      EgoNetworkDrawing d = r.egoNetworkDrawing();
      Plots.egoNetwork(new Plots.EgoDrawing(d.title(), d.labels(), d.ego(), d.source(),
          d.target(), d.strong(), d.bridge()), Outputs.prepare(plot));
    }
    printReachOut(r, System.out);
    run.say("wrote " + out + (json == null ? "" : ", " + json) + (dot == null ? "" : ", " + dot)
        + (plot == null ? "" : ", " + plot));
    return 0;
  }

  /** The report parameters these options describe (checked before the input is read). */
  CareerReportParams params() {
    if (top < 1) {
      throw new UserInputException("--top must be at least 1, got " + top);
    }
    if (!(dormantDays >= 0) || Double.isInfinite(dormantDays)) {
      throw new UserInputException("--dormant-days must be a number of days >= 0, got "
          + dormantDays);
    }
    if (!(halfLifeDays > 0) || Double.isInfinite(halfLifeDays)) {
      throw new UserInputException("--half-life-days must be a number of days > 0, got "
          + halfLifeDays);
    }
    if (maxSpan != 0 && maxSpan < 2) {
      throw new UserInputException("--max-span must be at least 2 hops, or 0 for no limit, got "
          + maxSpan);
    }
    UsefulnessCurve usefulness = usefulness();
    if (strengthSample < 2) {
      throw new UserInputException("--strength-sample must be at least 2 ties, got "
          + strengthSample);
    }
    if (clusterAttribute.isEmpty()) {
      throw new UserInputException("--cluster-attribute must not be empty");
    }
    return CareerReportParams.defaults().withTop(top).withDormantDays(dormantDays)
        .withHalfLifeDays(halfLifeDays).withAsOf(asOf == null ? SocialGraph.NO_TIME : time(asOf))
        .withMaxSpan(maxSpan == 0 ? CareerReportParams.UNLIMITED : maxSpan)
        .withCurve(usefulness).withClusterAttribute(clusterAttribute)
        .withStrengthSample(strengthSample).withThreads(run.threads)
        .withProgress(run.progress()).withToken(Interrupts.token());
  }

  /** The inverted U of --peak (default 10), or the curve fitted in the --curve file. */
  private UsefulnessCurve usefulness() {
    if (curve != null) {
      if (peak != null) {
        throw new UserInputException("--curve and --peak exclude each other: the fitted curve "
            + "has its own peak");
      }
      UsefulnessCurve fitted = FittedCurves.read(curve);
      run.say("usefulness curve from " + curve + ": " + fitted.describe());
      return fitted;
    }
    double p = peak == null ? UsefulnessCurve.DEFAULT_PEAK : peak;
    if (!(p >= 0) || Double.isInfinite(p)) {
      throw new UserInputException("--peak must be a number of mutual connections >= 0, got "
          + p);
    }
    return UsefulnessCurve.invertedU(p);
  }

  /** Epoch seconds from a date (midnight UTC), an ISO instant or a number of seconds. */
  static long time(String s) {
    String t = s.trim();
    if (t.matches("-?\\d+")) {
      try {
        return Long.parseLong(t);
      } catch (NumberFormatException e) {
        throw new UserInputException("--as-of " + s + " is out of range");
      }
    }
    try {
      if (t.length() == 10) {
        return LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
      }
      return Instant.parse(t).getEpochSecond();
    } catch (DateTimeParseException e) {
      throw new UserInputException("--as-of must be a date like 2024-05-01, an instant like "
          + "2024-05-01T12:00:00Z or epoch seconds, got '" + s + "'");
    }
  }

  /** The id of the node labelled {@code name}; a clear error with near matches otherwise. */
  static int findEgo(SocialGraph g, String name, Path input) {
    NodeIndex index = g.index();
    int id = index.find(name);
    if (id < 0 && index.isIdentity() && name.matches("\\d{1,9}")) {
      id = index.find(Integer.valueOf(name));
    }
    if (id >= 0) {
      return id;
    }
    List<String> near = nearMatches(index, name, 5);
    throw new UserInputException("there is no person labelled '" + name + "' in " + input
        + String.format(Locale.ROOT, " (%,d people; labels are matched exactly)", g.nodeCount())
        + (near.isEmpty() ? "" : "; did you mean " + quoteList(near) + "?"));
  }

  /**
   * Up to {@code limit} labels close to {@code name}: equal ignoring case, starting with it (names of
   * 3+ characters), or within edit distance 2 (1 for names under 5 characters); closest first.
   */
  static List<String> nearMatches(NodeIndex index, String name, int limit) {
    String q = name.toLowerCase(Locale.ROOT);
    int maxDist = q.length() < 5 ? 1 : 2;
    List<String> found = new ArrayList<>();
    List<Integer> score = new ArrayList<>();
    for (int i = 0, n = index.size(); i < n; i++) {
      String label = String.valueOf(index.label(i));
      String l = label.toLowerCase(Locale.ROOT);
      int s = Math.abs(l.length() - q.length()) <= maxDist ? editDistance(l, q, maxDist)
          : maxDist + 1;
      if (s > maxDist) {
        if (q.length() >= 3 && l.startsWith(q)) {
          s = maxDist + 1;
        } else {
          continue;
        }
      }
      found.add(label);
      score.add(s);
    }
    Integer[] order = new Integer[found.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (a, b) -> {
      int c = Integer.compare(score.get(a), score.get(b));
      return c != 0 ? c : found.get(a).compareTo(found.get(b));
    });
    List<String> out = new ArrayList<>();
    for (int i = 0; i < Math.min(limit, order.length); i++) {
      out.add(found.get(order[i]));
    }
    return out;
  }

  /** Levenshtein distance, or {@code cap + 1} as soon as it must exceed {@code cap}. */
  static int editDistance(String a, String b, int cap) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      int rowMin = cur[0];
      for (int j = 1; j <= b.length(); j++) {
        int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
        rowMin = Math.min(rowMin, cur[j]);
      }
      if (rowMin > cap) {
        return cap + 1;
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return Math.min(prev[b.length()], cap + 1);
  }

  private static String quoteList(List<String> names) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < names.size(); i++) {
      b.append(i == 0 ? "" : i == names.size() - 1 ? " or " : ", ").append('\'')
          .append(names.get(i)).append('\'');
    }
    return b.toString();
  }

  private static void write(Path file, String text) throws IOException {
    Files.writeString(Outputs.prepare(file), text, StandardCharsets.UTF_8);
  }

  /** Prints the reach-out list, one numbered line per person. */
  static void printReachOut(CareerReportResult r, PrintStream out) {
    out.println("Reach out to these people (" + r.ego() + "):");
    if (r.reachOut().isEmpty()) {
      out.println("  nobody to suggest: no dormant ties and no friends of friends");
    }
    for (ReachOut x : r.reachOut()) {
      out.printf(Locale.ROOT, "%3d. %s (%s): %s%n", x.rank(), x.label(),
          x.kind() == ReachOut.Kind.DORMANT_TIE ? "dormant tie" : "introduction", x.reason());
    }
  }
}

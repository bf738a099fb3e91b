package org.weakties.ego;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** JSON, Markdown and DOT text of a {@link CareerReportResult}. */
final class ReportText {
  private ReportText() {}

  // ---------------------------------------------------------------- JSON

  static String json(CareerReportResult r) {
    EgoSummary s = r.summary();
    CareerReportResult.Settings st = r.settings();
    StringBuilder b = new StringBuilder(4096);
    b.append("{\n  \"ego\": ").append(str(s.ego())).append(",\n");
    b.append("  \"settings\": {\"top\": ").append(st.top())
        .append(", \"dormant_days\": ").append(num(st.dormantDays()))
        .append(", \"half_life_days\": ").append(num(st.halfLifeDays()))
        .append(", \"max_span\": ").append(st.maxSpan() == CareerReportParams.UNLIMITED ? "null"
            : Integer.toString(st.maxSpan()))
        .append(", \"curve\": ").append(str(st.curve()))
        .append(", \"curve_peak\": ").append(num(st.curvePeak()))
        .append(", \"cluster_attribute\": ").append(str(st.clusterAttribute()))
        .append(", \"weighted_holes\": ").append(st.weightedHoles())
        .append(", \"strong_threshold\": ").append(num(st.strongThreshold()))
        .append(", \"strength_signals\": [");
    for (int i = 0; i < st.strengthSignals().size(); i++) {
      b.append(i == 0 ? "" : ", ").append(str(st.strengthSignals().get(i)));
    }
    b.append("]},\n");
    b.append("  \"summary\": {\"nodes\": ").append(s.nodeCount())
        .append(", \"edges\": ").append(s.edgeCount())
        .append(", \"degree\": ").append(s.degree())
        .append(", \"strength\": ").append(num(s.strength()))
        .append(", \"clustering\": ").append(num(s.clustering()))
        .append(", \"diversity\": ").append(num(s.diversity()))
        .append(", \"effective_size\": ").append(num(s.effectiveSize()))
        .append(", \"efficiency\": ").append(num(s.efficiency()))
        .append(", \"constraint\": ").append(num(s.constraint()))
        .append(", \"hierarchy\": ").append(num(s.hierarchy()))
        .append(", \"strong_ties\": ").append(s.strongTies())
        .append(", \"weak_ties\": ").append(s.weakTies())
        .append(", \"bridges\": ").append(s.bridges())
        .append(", \"local_bridges\": ").append(s.localBridges())
        .append(", \"spans_over_cap\": ").append(s.overCap())
        .append(", \"dormant_ties\": ").append(s.dormantTies())
        .append(", \"friends_of_friends\": ").append(s.friendsOfFriends())
        .append(", \"as_of\": ").append(s.hasTime() ? Long.toString(s.asOf()) : "null")
        .append(", \"as_of_date\": ").append(s.hasTime() ? str(date(s.asOf())) : "null")
        .append(", \"timed_ties\": ").append(s.timedTies())
        .append(", \"strength_exact\": ").append(s.strengthExact())
        .append(", \"strength_population\": ").append(s.strengthPopulation()).append("},\n");
    tieArray(b, "ties", r.ties(), st.maxSpan());
    b.append(",\n");
    tieArray(b, "bridges", r.bridges(), st.maxSpan());
    b.append(",\n");
    tieArray(b, "dormant", r.dormant(), st.maxSpan());
    b.append(",\n  \"introductions\": [");
    List<Introduction> in = r.introductions();
    for (int i = 0; i < in.size(); i++) {
      Introduction x = in.get(i);
      b.append(i == 0 ? "\n    " : ",\n    ").append("{\"rank\": ").append(x.rank())
          .append(", \"label\": ").append(str(x.label()))
          .append(", \"mutual\": ").append(x.mutual())
          .append(", \"usefulness\": ").append(num(x.usefulness()))
          .append(", \"opens\": ").append(x.opens())
          .append(", \"score\": ").append(num(x.score()))
          .append(", \"introducer\": ").append(str(x.introducer()))
          .append(", \"introducer_strength\": ").append(num(x.introducerStrength()))
          .append(", \"cluster\": ").append(x.cluster()).append('}');
    }
    b.append(in.isEmpty() ? "]" : "\n  ]");
    groupArray(b, "clusters", r.clusters());
    groupArray(b, "circles", r.circles());
    b.append(",\n  \"reach_out\": [");
    List<ReachOut> ro = r.reachOut();
    for (int i = 0; i < ro.size(); i++) {
      ReachOut x = ro.get(i);
      b.append(i == 0 ? "\n    " : ",\n    ").append("{\"rank\": ").append(x.rank())
          .append(", \"label\": ").append(str(x.label()))
          .append(", \"kind\": ").append(str(x.kind().name().toLowerCase(Locale.ROOT)))
          .append(", \"score\": ").append(num(x.score()))
          .append(", \"mutual\": ").append(x.mutual())
          .append(", \"usefulness\": ").append(num(x.usefulness()))
          .append(", \"opens\": ").append(x.opens())
          .append(", \"age_days\": ").append(num(x.ageDays()))
          .append(", \"introducer\": ").append(str(x.introducer()))
          .append(", \"reason\": ").append(str(x.reason())).append('}');
    }
    b.append(ro.isEmpty() ? "]" : "\n  ]");
    EgoNetworkDrawing d = r.egoNetworkDrawing();
    b.append(",\n  \"drawing\": {\"title\": ").append(str(d.title())).append(", \"ego\": ")
        .append(d.ego()).append(", \"omitted\": ").append(d.omitted()).append(", \"labels\": [");
    String[] labels = d.labels();
    for (int i = 0; i < labels.length; i++) {
      b.append(i == 0 ? "" : ", ").append(str(labels[i]));
    }
    b.append("], \"ties\": [");
    int[] src = d.source();
    int[] dst = d.target();
    boolean[] strong = d.strong();
    boolean[] bridge = d.bridge();
    for (int i = 0; i < src.length; i++) {
      b.append(i == 0 ? "\n    " : ",\n    ").append("{\"source\": ").append(src[i])
          .append(", \"target\": ").append(dst[i]).append(", \"strong\": ").append(strong[i])
          .append(", \"bridge\": ").append(bridge[i]).append('}');
    }
    b.append(src.length == 0 ? "]}" : "\n  ]}");
    b.append("\n}\n");
    return b.toString();
  }

  private static void tieArray(StringBuilder b, String key, List<EgoTie> ties, int cap) {
    b.append("  ").append(str(key)).append(": [");
    for (int i = 0; i < ties.size(); i++) {
      EgoTie t = ties.get(i);
      b.append(i == 0 ? "\n    " : ",\n    ").append("{\"rank\": ").append(t.rank())
          .append(", \"label\": ").append(str(t.label()))
          .append(", \"weight\": ").append(num(t.weight()))
          .append(", \"interactions\": ").append(num(t.interactions()))
          .append(", \"mutual\": ").append(t.mutual())
          .append(", \"overlap\": ").append(num(t.overlap()))
          .append(", \"strength\": ").append(num(t.strength()))
          .append(", \"class\": ").append(str(t.tieClass()))
          .append(", \"bridge\": ").append(t.bridge())
          .append(", \"local_bridge\": ").append(t.localBridge())
          .append(", \"span\": ").append(t.span() >= 0 && t.span() != EgoTie.INFINITE_SPAN
              ? Integer.toString(t.span()) : "null")
          .append(", \"span_kind\": ").append(str(spanKind(t.span())))
          .append(", \"unique_reach\": ").append(t.uniqueReach())
          .append(", \"age_days\": ").append(num(t.ageDays()))
          .append(", \"dormant\": ").append(t.dormant())
          .append(", \"usefulness\": ").append(num(t.usefulness()))
          .append(", \"reconnect_score\": ").append(num(t.reconnectScore()))
          .append(", \"circle\": ").append(t.circle()).append('}');
    }
    b.append(ties.isEmpty() ? "]" : "\n  ]");
  }

  static String spanKind(int span) {
    if (span == EgoTie.INFINITE_SPAN) {
      return "infinite";
    }
    if (span == EgoTie.OVER_CAP) {
      return "over_cap";
    }
    return span == EgoTie.NO_SPAN ? "none" : "finite";
  }

  private static void groupArray(StringBuilder b, String key, List<Group> groups) {
    b.append(",\n  ").append(str(key)).append(": [");
    for (int i = 0; i < groups.size(); i++) {
      Group x = groups.get(i);
      b.append(i == 0 ? "\n    " : ",\n    ").append("{\"index\": ").append(x.index())
          .append(", \"name\": ").append(str(x.name())).append(", \"size\": ").append(x.size())
          .append(", \"reached\": ").append(x.reached()).append('}');
    }
    b.append(groups.isEmpty() ? "]" : "\n  ]");
  }

  /** A JSON number; NaN and infinities as null; integral values without a fraction. */
  static String num(double x) {
    if (!Double.isFinite(x)) {
      return "null";
    }
    if (x == Math.rint(x) && Math.abs(x) < 1e15) {
      return Long.toString((long) x);
    }
    return Double.toString(x);
  }

  /** A JSON string literal, or null. */
  static String str(String s) {
    if (s == null) {
      return "null";
    }
    StringBuilder b = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20) {
            b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }

  static String date(long epochSeconds) {
    return Instant.ofEpochSecond(epochSeconds).atOffset(ZoneOffset.UTC).toLocalDate().toString();
  }

  // ---------------------------------------------------------------- Markdown

  static String markdown(CareerReportResult r) {
    EgoSummary s = r.summary();
    CareerReportResult.Settings st = r.settings();
    int cap = CareerReportResult.MARKDOWN_MAX_ROWS;
    StringBuilder b = new StringBuilder(8192);
    b.append("# Career report: ").append(md(s.ego())).append("\n\n");
    b.append(String.format(Locale.ROOT, "A network of %,d people and %,d ties. ", s.nodeCount(),
        s.edgeCount()));
    if (s.hasTime()) {
      b.append("Ages of ties are counted as of ").append(date(s.asOf())).append('.');
    } else {
      b.append("The data have no last-contact times, so no tie is dormant.");
    }
    b.append("\n\n## Summary\n\n| measure | value |\n|---|---|\n");
    row(b, "contacts (degree)", Integer.toString(s.degree()));
    row(b, "total tie weight (strength)", fmt(s.strength()));
    row(b, "strong / weak ties", s.strongTies() + " / " + s.weakTies());
    row(b, "local clustering", fmt(s.clustering()));
    row(b, "network diversity (1 - clustering)", fmt(s.diversity()));
    row(b, "effective size (Burt)", fmt(s.effectiveSize()));
    row(b, "efficiency", fmt(s.efficiency()));
    row(b, "constraint", fmt(s.constraint()));
    row(b, "hierarchy", fmt(s.hierarchy()));
    row(b, "bridges / local bridges", s.bridges() + " / " + s.localBridges());
    row(b, "dormant ties", s.hasTime() ? Integer.toString(s.dormantTies()) : "n/a");
    row(b, "friends of friends", String.format(Locale.ROOT, "%,d", s.friendsOfFriends()));
    row(b, "circles of contacts / clusters of friends of friends", r.circles().size() + " / "
        + r.clusters().size());

    b.append("\n## Reach out to these people\n\n");
    if (r.reachOut().isEmpty()) {
      b.append("Nobody to suggest: there are no dormant ties and no friends of friends.\n");
    }
    for (ReachOut x : r.reachOut()) {
      b.append(x.rank()).append(". **").append(md(x.label())).append("** (")
          .append(x.kind() == ReachOut.Kind.DORMANT_TIE ? "dormant tie" : "introduction")
          .append("): ").append(md(x.reason())).append('\n');
    }

    b.append("\n## Your ties, strongest first\n\n");
    if (r.ties().isEmpty()) {
      b.append("No ties.\n");
    } else {
      b.append("| # | contact | strength | class | weight | mutual | overlap | local bridge (span)"
          + " | unique reach | last contact | usefulness |\n"
          + "|---:|---|---:|---|---:|---:|---:|---|---:|---|---:|\n");
      int shown = 0;
      for (EgoTie t : r.ties()) {
        if (shown++ == cap) {
          break;
        }
        b.append("| ").append(t.rank()).append(" | ").append(md(t.label())).append(" | ")
            .append(fmt(t.strength())).append(" | ").append(t.tieClass()).append(" | ")
            .append(fmt(t.weight())).append(" | ").append(t.mutual()).append(" | ")
            .append(fmt(t.overlap())).append(" | ").append(bridgeText(t, st.maxSpan()))
            .append(" | ").append(t.uniqueReach()).append(" | ").append(ageText(t))
            .append(" | ").append(fmt(t.usefulness())).append(" |\n");
      }
      more(b, r.ties().size(), cap, "ties");
    }

    b.append("\n## Bridges and local bridges\n\n");
    if (r.bridges().isEmpty()) {
      b.append("None: every tie shares at least one mutual contact.\n");
    } else {
      b.append("A local bridge shares no mutual contact; its span is how many steps the shortest"
          + " other path takes (inf: none, the tie is a bridge).\n\n"
          + "| contact | span | unique reach | class | strength |\n|---|---:|---:|---|---:|\n");
      int shown = 0;
      for (EgoTie t : r.bridges()) {
        if (shown++ == cap) {
          break;
        }
        b.append("| ").append(md(t.label())).append(" | ").append(md(t.spanText(st.maxSpan())))
            .append(" | ").append(t.uniqueReach()).append(" | ").append(t.tieClass())
            .append(" | ").append(fmt(t.strength())).append(" |\n");
      }
      more(b, r.bridges().size(), cap, "local bridges");
    }

    b.append("\n## Dormant ties\n\n");
    if (!s.hasTime()) {
      b.append("No last-contact times in the data.\n");
    } else if (r.dormant().isEmpty()) {
      b.append("None: every tie had contact in the last ").append(fmt(st.dormantDays()))
          .append(" days.\n");
    } else {
      b.append("Ranked by reconnect score = usefulness x (1 + unique reach).\n\n"
          + "| contact | last contact | mutual | unique reach | usefulness | reconnect score |\n"
          + "|---|---|---:|---:|---:|---:|\n");
      int shown = 0;
      for (EgoTie t : r.dormant()) {
        if (shown++ == cap) {
          break;
        }
        b.append("| ").append(md(t.label())).append(" | ").append(ageText(t)).append(" | ")
            .append(t.mutual()).append(" | ").append(t.uniqueReach()).append(" | ")
            .append(fmt(t.usefulness())).append(" | ").append(fmt(t.reconnectScore()))
            .append(" |\n");
      }
      more(b, r.dormant().size(), cap, "dormant ties");
    }

    b.append("\n## Suggested introductions\n\n");
    if (r.introductions().isEmpty()) {
      b.append("No friends of friends.\n");
    } else {
      b.append(String.format(Locale.ROOT, "The best %d of %,d friends of friends, grouped by"
          + " cluster%s.\n", r.introductions().size(), s.friendsOfFriends(),
          st.clusterAttribute() == null ? " (groups of them connected to each other but not to"
              + " you)" : " (" + md(st.clusterAttribute()) + ")"));
      Map<Integer, List<Introduction>> byCluster = new LinkedHashMap<>();
      for (Introduction x : r.introductions()) {
        byCluster.computeIfAbsent(x.cluster(), c -> new ArrayList<>()).add(x);
      }
      for (Map.Entry<Integer, List<Introduction>> en : byCluster.entrySet()) {
        Group g = r.clusters().get(en.getKey());
        b.append("\n### ").append(md(g.name())).append(String.format(Locale.ROOT,
            " (%,d %s%s)\n\n", g.size(), g.size() == 1 ? "person" : "people",
            st.clusterAttribute() == null ? "" : g.reached() ? ", you have contacts there"
                : ", you have no contacts there"));
        b.append("| # | person | mutual | usefulness | opens | ask |\n"
            + "|---:|---|---:|---:|---:|---|\n");
        for (Introduction x : en.getValue()) {
          b.append("| ").append(x.rank()).append(" | ").append(md(x.label())).append(" | ")
              .append(x.mutual()).append(" | ").append(fmt(x.usefulness())).append(" | ")
              .append(x.opens()).append(" | ").append(md(x.introducer())).append(" |\n");
        }
      }
    }

    b.append("\n## How this report is computed\n\n");
    b.append("- **Tie strength** is a composite in [0, 1]: the mean rank percentile of the tie's ")
        .append(st.strengthSignals().isEmpty() ? "signals (none varies, so every tie gets 0.5)"
            : String.join(", ", st.strengthSignals())).append(" among ")
        .append(s.strengthExact() ? String.format(Locale.ROOT, "all %,d ties of the network",
            s.strengthPopulation()) : String.format(Locale.ROOT, "a seeded sample of %,d ties of"
                + " the network", s.strengthPopulation()))
        .append(". A tie is strong when its strength is at least the median (")
        .append(fmt(st.strongThreshold())).append(").\n");
    b.append("- **Mutual contacts** are the people both of you know. **Usefulness** u(m) is the"
        + " expected value of a tie for finding a job given m mutual contacts: ")
        .append(md(st.curve())).append(".\n");
    b.append("- **Unique reach** of a tie: friends of friends you reach only through that"
        + " contact. **Opens** for an introduction: that person's contacts you cannot reach within"
        + " two steps today.\n");
    b.append("- **Reconnect and reach-out score** = usefulness x (1 + people opened).\n");
    b.append("- **Span** of a local bridge: steps of the shortest other path, searched up to ")
        .append(st.maxSpan() == CareerReportParams.UNLIMITED ? "any length"
            : st.maxSpan() + " steps").append(".\n");
    b.append("- **Dormant**: no contact for more than ").append(fmt(st.dormantDays()))
        .append(" days. Network diversity = 1 - local clustering (Rajkumar et al. 2022);"
            + " effective size, efficiency, constraint and hierarchy follow Burt (1992)")
        .append(st.weightedHoles() ? ", weighted by tie weight.\n" : ", unweighted.\n");
    return b.toString();
  }

  private static void row(StringBuilder b, String name, String value) {
    b.append("| ").append(name).append(" | ").append(value).append(" |\n");
  }

  private static void more(StringBuilder b, int size, int cap, String what) {
    if (size > cap) {
      b.append(String.format(Locale.ROOT, "\n... and %,d more %s (see the JSON report).\n",
          size - cap, what));
    }
  }

  private static String bridgeText(EgoTie t, int cap) {
    if (!t.localBridge()) {
      return "";
    }
    return (t.bridge() ? "bridge" : "yes") + " (" + md(t.spanText(cap)) + ")";
  }

  private static String ageText(EgoTie t) {
    if (Double.isNaN(t.ageDays())) {
      return "";
    }
    return CareerReport.duration(t.ageDays()) + " ago" + (t.dormant() ? " (dormant)" : "");
  }

  /** A number for reading: up to 3 decimals, NaN as n/a. */
  static String fmt(double x) {
    if (Double.isNaN(x)) {
      return "n/a";
    }
    if (Double.isInfinite(x)) {
      return x > 0 ? "inf" : "-inf";
    }
    if (x == Math.rint(x) && Math.abs(x) < 1e15) {
      return Long.toString((long) x);
    }
    return String.format(Locale.ROOT, "%.3f", x);
  }

  /** Markdown text with the characters that format tables and emphasis escaped. */
  static String md(String s) {
    StringBuilder b = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ("\\|*_`[]<>#".indexOf(c) >= 0) {
        b.append('\\');
      }
      b.append(c == '\n' || c == '\r' ? ' ' : c);
    }
    return b.toString();
  }

  // ---------------------------------------------------------------- DOT

  static String dot(EgoNetworkDrawing d) {
    StringBuilder b = new StringBuilder(2048);
    b.append("graph ego {\n  graph [label=").append(dotStr(d.title()))
        .append(", labelloc=t, overlap=false, splines=true];\n")
        .append("  node [shape=circle, fontsize=10];\n");
    String[] labels = d.labels();
    for (int i = 0; i < labels.length; i++) {
      b.append("  n").append(i).append(" [label=").append(dotStr(labels[i]));
      if (i == d.ego()) {
        b.append(", shape=doublecircle, style=filled, fillcolor=black, fontcolor=white");
      }
      b.append("];\n");
    }
    int[] src = d.source();
    int[] dst = d.target();
    boolean[] strong = d.strong();
    boolean[] bridge = d.bridge();
    for (int i = 0; i < src.length; i++) {
      b.append("  n").append(src[i]).append(" -- n").append(dst[i]);
      if (bridge[i]) {
        b.append(" [color=orange, style=dashed, penwidth=2];\n");
      } else if (strong[i]) {
        b.append(" [color=red, penwidth=3];\n");
      } else {
        b.append(" [color=blue, penwidth=1];\n");
      }
    }
    return b.append("}\n").toString();
  }

  private static String dotStr(String s) {
    StringBuilder b = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        b.append('\\');
      }
      b.append(c == '\n' || c == '\r' ? ' ' : c);
    }
    return b.append('"').toString();
  }
}

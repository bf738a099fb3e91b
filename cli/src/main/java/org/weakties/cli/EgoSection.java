package org.weakties.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.weakties.cli.report.HtmlReport;
import org.weakties.cli.report.Plots;
import org.weakties.curve.CurveAnalysisResult;
import org.weakties.curve.TurningPoint;
import org.weakties.ego.CareerReport;
import org.weakties.ego.CareerReportParams;
import org.weakties.ego.CareerReportResult;
import org.weakties.ego.EgoNetworkDrawing;
import org.weakties.ego.EgoSummary;
import org.weakties.ego.ReachOut;
import org.weakties.ego.UsefulnessCurve;
import org.weakties.graph.SocialGraph;

/**
 * The report's career section for one person: the reach-out list, the summary of their network, the
 * drawing of their ego network and the full report as Markdown, JSON and DOT beside index.html. The
 * usefulness curve is the fitted one when it peaks inside the data, otherwise the paper's default
 * (an inverted U peaking at 10 mutual connections).
 */
final class EgoSection {
  private EgoSection() {}

  static void write(Analysis a, SocialGraph g, Analysis.Settings s, HtmlReport html,
      CurveAnalysisResult curve) throws IOException {
    TurningPoint tp = curve.turningPoint();
    UsefulnessCurve u = tp.kind() == TurningPoint.Kind.MAXIMUM && tp.insideDataRange()
        ? UsefulnessCurve.fromFit(curve) : UsefulnessCurve.defaults();
    CareerReportResult r = CareerReport.compute(g, g.id(s.egoLabel()), CareerReportParams.defaults()
        .withCurve(u).withMaxSpan(s.maxSpan()).withSeed(s.seed()).withThreads(s.threads())
        .withProgress(s.progress()).withToken(s.token()));
    Files.writeString(a.file("ego.md"), r.toMarkdown());
    Files.writeString(a.file("ego.json"), r.toJson());
    Files.writeString(a.file("ego.dot"), r.toDot());
    EgoNetworkDrawing d = r.egoNetworkDrawing();
    Plots.egoNetwork(new Plots.EgoDrawing(d.title(), d.labels(), d.ego(), d.source(), d.target(),
        d.strong(), d.bridge()), a.file("ego.png"));

    EgoSummary sum = r.summary();
    html.section("Career report for " + s.egoLabel());
    html.paragraph(String.format(Locale.ROOT, "%s has %d contacts (%d strong, %d weak), %,d friends"
        + " of friends, %d local bridges and %d dormant ties (no contact for over a year). Network"
        + " diversity (1 - clustering) %.2f; effective size %.2f; constraint %.3f. Usefulness of a"
        + " tie: %s.", sum.ego(), sum.degree(), sum.strongTies(), sum.weakTies(),
        sum.friendsOfFriends(), sum.localBridges(), sum.dormantTies(), sum.diversity(),
        sum.effectiveSize(), sum.constraint(), u.describe()));
    List<List<String>> rows = new ArrayList<>();
    for (ReachOut ro : r.reachOut()) {
      rows.add(List.of(Integer.toString(ro.rank()), ro.label(),
          ro.kind() == ReachOut.Kind.DORMANT_TIE ? "reconnect" : "ask " + ro.introducer()
              + " for an introduction", ro.reason()));
    }
    html.paragraph("Reach out to these people (dormant ties worth reviving and introductions worth"
        + " asking for, ranked by expected usefulness times the new people they open):");
    html.table(List.of("rank", "person", "how", "why"), rows);
    html.image(s.out().resolve("ego.png"), "The ego network of " + s.egoLabel()
        + " (Graphviz users: ego.dot)");
    html.paragraph("The full career report is in ego.md (Markdown) and ego.json.");
  }
}

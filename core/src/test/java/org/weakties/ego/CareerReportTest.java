package org.weakties.ego;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.weakties.testing.MiniJson.arr;
import static org.weakties.testing.MiniJson.num;
import static org.weakties.testing.MiniJson.obj;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.weakties.exec.CancellationToken;
import org.weakties.exec.CancelledException;
import org.weakties.graph.ScoreTable;
import org.weakties.graph.SocialGraph;
import org.weakties.graph.SocialGraphBuilder;
import org.weakties.testing.MiniJson;
import org.weakties.testing.TieTestGraphs;

/** The career report on hand-made graphs, closed-form families and degenerate egos. */
class CareerReportTest {
  private static final double TOL = 1e-12;
  private static final long DAY = 86_400L;
  private static final long T0 = 1_700_000_000L;
  private static final UsefulnessCurve U = UsefulnessCurve.defaults();

  /**
   * Ego E with contacts A (dormant 800 days, 1 mutual contact B, friends a1..a3 only through A),
   * B (dormant 400 days, mutual A, friend b1 shared with C), C (contact at T0, friends b1 and c1),
   * D and D2 (leaves, dormant 1000 and 2000 days), F (no time, friend f1).
   */
  static SocialGraph timedGraph() {
    double nan = Double.NaN;
    SocialGraphBuilder b = SocialGraph.builder();
    b.addEdge("E", "A", 1, nan, T0 - 800 * DAY);
    b.addEdge("E", "B", 1, nan, T0 - 400 * DAY);
    b.addEdge("E", "C", 5, nan, T0);
    b.addEdge("E", "D", 1, nan, T0 - 1000 * DAY);
    b.addEdge("E", "D2", 1, nan, T0 - 2000 * DAY);
    b.addEdge("E", "F", 2, nan, SocialGraph.NO_TIME);
    b.addEdge("A", "B", 2, nan, T0 - 10 * DAY);
    b.addEdge("A", "a1", 1, nan, T0 - 10 * DAY);
    b.addEdge("A", "a2", 1, nan, T0 - 10 * DAY);
    b.addEdge("A", "a3", 1, nan, T0 - 10 * DAY);
    b.addEdge("B", "b1", 1, nan, T0 - 10 * DAY);
    b.addEdge("C", "b1", 1, nan, T0 - 10 * DAY);
    b.addEdge("C", "c1", 1, nan, T0 - 10 * DAY);
    b.addEdge("F", "f1", 1, nan, T0 - 10 * DAY);
    return b.build();
  }

  @Test
  void dormantTiesAreRankedByReconnectScore() {
    SocialGraph g = timedGraph();
    CareerReportResult r = CareerReport.compute(g, g.id("E"));
    EgoSummary s = r.summary();
    assertEquals(T0, s.asOf());
    assertEquals(5, s.timedTies());
    assertEquals(4, s.dormantTies());
    assertEquals(800.0, r.tie("A").orElseThrow().ageDays(), TOL);
    assertEquals(0.0, r.tie("C").orElseThrow().ageDays(), TOL);
    assertTrue(Double.isNaN(r.tie("F").orElseThrow().ageDays()));
    assertFalse(r.tie("F").orElseThrow().dormant());
    assertFalse(r.tie("C").orElseThrow().dormant());
    // A: u(1) * (1 + 3); B: u(1) * 1; D and D2: u(0) * 1, D first by label
    assertEquals(List.of("A", "B", "D", "D2"), r.dormant().stream().map(EgoTie::label).toList());
    EgoTie a = r.dormant().get(0);
    assertEquals(1, a.mutual());
    assertEquals(3, a.uniqueReach());
    assertEquals(U.value(1) * 4, a.reconnectScore(), TOL);
    assertEquals(U.value(1), r.dormant().get(1).reconnectScore(), TOL);
    assertEquals(U.value(0), r.dormant().get(2).reconnectScore(), TOL);
    assertEquals(r.dormant().get(2).reconnectScore(), r.dormant().get(3).reconnectScore(), 0.0);
    // D is a leaf: a global bridge
    assertEquals(EgoTie.INFINITE_SPAN, r.tie("D").orElseThrow().span());
    // C shares no contact with E, the detour C-b1-B-E has 3 steps
    assertEquals(3, r.tie("C").orElseThrow().span());
    assertEquals(1, r.tie("C").orElseThrow().uniqueReach());
  }

  @Test
  void reachOutCombinesDormantTiesAndIntroductions() {
    SocialGraph g = timedGraph();
    CareerReportResult r = CareerReport.compute(g, g.id("E"));
    // scores: A 4 u(1); b1 u(2) (two mutual contacts, opens nobody); then u(1): B (dormant ties
    // first), a1, a2, a3, c1, f1 (introductions by label); then u(0): D, D2
    assertEquals(List.of("A", "b1", "B", "a1", "a2", "a3", "c1", "f1", "D", "D2"),
        r.reachOut().stream().map(ReachOut::label).toList());
    ReachOut a = r.reachOut().get(0);
    assertEquals(ReachOut.Kind.DORMANT_TIE, a.kind());
    assertEquals("dormant 2.2 years, 1 mutual contact, opens 3 people you cannot reach otherwise",
        a.reason());
    assertNull(a.introducer());
    assertEquals("dormant 1.1 years, 1 mutual contact", r.reachOut().get(2).reason());
    assertEquals("dormant 2.7 years, no mutual contacts", r.reachOut().get(8).reason());
    ReachOut b1 = r.reachOut().get(1);
    assertEquals(ReachOut.Kind.INTRODUCTION, b1.kind());
    assertEquals(2, b1.mutual());
    assertEquals(U.value(2), b1.score(), TOL);
    assertTrue(Double.isNaN(b1.ageDays()));
    // the introducer is the stronger of E's ties to B and C: C (weight 5, latest contact)
    assertTrue(r.tie("C").orElseThrow().strength() > r.tie("B").orElseThrow().strength());
    assertEquals("C", b1.introducer());
    assertEquals("ask C for an introduction (strongest of your 2 mutual contacts)", b1.reason());
    assertEquals("ask A for an introduction (your only mutual contact)",
        r.reachOut().get(3).reason());
    for (int i = 0; i < r.reachOut().size(); i++) {
      assertEquals(i + 1, r.reachOut().get(i).rank());
    }
    // a shorter list keeps the best
    CareerReportResult top3 = CareerReport.compute(g, g.id("E"),
        CareerReportParams.defaults().withTop(3));
    assertEquals(List.of("A", "b1", "B"), top3.reachOut().stream().map(ReachOut::label).toList());
    assertEquals(3, top3.introductions().size());
  }

  @Test
  void asOfAndDormancyThresholdAreParameters() {
    SocialGraph g = timedGraph();
    CareerReportResult r = CareerReport.compute(g, g.id("E"), CareerReportParams.defaults()
        .withAsOf(T0 + 100 * DAY).withDormantDays(1500));
    assertEquals(T0 + 100 * DAY, r.summary().asOf());
    assertEquals(List.of("D2"), r.dormant().stream().map(EgoTie::label).toList());
    assertEquals(100.0, r.tie("C").orElseThrow().ageDays(), TOL);
  }

  /**
   * E with contacts A (weight 3) and B (weight 1), not tied to each other. Friends of friends: x1
   * (tied to A and B) and x2 (tied to A and x1) form one cluster; y1 (tied to B, and to y2 at
   * distance 3) is another.
   */
  static SocialGraphBuilder twoClusters() {
    SocialGraphBuilder b = SocialGraph.builder();
    b.addEdge("E", "A", 3);
    b.addEdge("E", "B", 1);
    b.addEdge("A", "x1", 1);
    b.addEdge("A", "x2", 1);
    b.addEdge("x1", "x2", 1);
    b.addEdge("B", "x1", 1);
    b.addEdge("B", "y1", 1);
    b.addEdge("y1", "y2", 1);
    b.addEdge("y2", "y3", 1);
    return b;
  }

  @Test
  void introductionsByComponentCluster() {
    SocialGraph g = twoClusters().build();
    CareerReportResult r = CareerReport.compute(g, g.id("E"));
    assertEquals(3, r.summary().friendsOfFriends());
    assertEquals(2, r.clusters().size());
    assertEquals(new Group(0, "cluster 1", 2, false), r.clusters().get(0));
    assertEquals(new Group(1, "cluster 2", 1, false), r.clusters().get(1));
    // x1: u(2); y1 and x2: u(1), y1 first because it opens y2
    assertEquals(List.of("x1", "y1", "x2"),
        r.introductions().stream().map(Introduction::label).toList());
    Introduction x1 = r.introductions().get(0);
    assertEquals(2, x1.mutual());
    assertEquals(0, x1.opens());
    assertEquals(U.value(2), x1.usefulness(), TOL);
    assertEquals("A", x1.introducer());
    assertEquals(r.tie("A").orElseThrow().strength(), x1.introducerStrength(), 0.0);
    assertEquals(0, x1.cluster());
    Introduction y1 = r.introductions().get(1);
    assertEquals(1, y1.opens());
    assertEquals("B", y1.introducer());
    assertEquals(1, y1.cluster());
    assertEquals(U.value(1) * 2, y1.score(), TOL);
    assertEquals(0, r.introductions().get(2).cluster());
    // A and B are not tied: two circles of one contact each, named in label order
    assertEquals(List.of(new Group(0, "circle 1", 1, true), new Group(1, "circle 2", 1, true)),
        r.circles());
    assertEquals(0, r.tie("A").orElseThrow().circle());
    assertEquals(1, r.tie("B").orElseThrow().circle());
    // unique reach: x2 only through A, y1 only through B (x1 through both)
    assertEquals(1, r.tie("A").orElseThrow().uniqueReach());
    assertEquals(1, r.tie("B").orElseThrow().uniqueReach());
  }

  @Test
  void introductionsByCommunityAttribute() {
    SocialGraphBuilder b = twoClusters();
    b.nodeAttribute("E", "community", "red");
    b.nodeAttribute("A", "community", "red");
    b.nodeAttribute("B", "community", "blue");
    b.nodeAttribute("x1", "community", "red");
    b.nodeAttribute("x2", "community", "green");
    b.nodeAttribute("y1", "community", "yellow");
    SocialGraph g = b.build();
    CareerReportResult r = CareerReport.compute(g, g.id("E"));
    assertEquals("community", r.settings().clusterAttribute());
    // one friend of friend per community: ordered by name; red is reached (E and A are red)
    assertEquals(List.of(new Group(0, "green", 1, false), new Group(1, "red", 1, true),
        new Group(2, "yellow", 1, false)), r.clusters());
    // unreached clusters first: y1 (u(1), opens 1), x2 (u(1)), then x1 (reached, u(2))
    assertEquals(List.of("y1", "x2", "x1"),
        r.introductions().stream().map(Introduction::label).toList());
    ReachOut y1 = r.reachOut().stream().filter(x -> x.label().equals("y1")).findFirst()
        .orElseThrow();
    assertEquals("ask B for an introduction (your only mutual contact), opens 1 person you cannot"
        + " reach otherwise, in community yellow where you have no contacts", y1.reason());
    // circles are the contacts' communities
    assertEquals(List.of(new Group(0, "blue", 1, true), new Group(1, "red", 1, true)),
        r.circles());
    // another attribute name: back to components
    CareerReportResult c = CareerReport.compute(g, g.id("E"),
        CareerReportParams.defaults().withClusterAttribute("industry"));
    assertNull(c.settings().clusterAttribute());
    assertEquals(2, c.clusters().size());
  }

  @Test
  void egoWithoutTies() {
    SocialGraph g = SocialGraph.fromEdgeArrays(3, new int[] {0}, new int[] {1}, null);
    CareerReportResult r = CareerReport.compute(g, 2);
    EgoSummary s = r.summary();
    assertEquals("2", r.ego());
    assertEquals(0, s.degree());
    assertEquals(0.0, s.strength(), 0.0);
    assertEquals(0.0, s.clustering(), 0.0);
    assertEquals(1.0, s.diversity(), 0.0);
    assertTrue(Double.isNaN(s.effectiveSize()));
    assertTrue(Double.isNaN(s.efficiency()));
    assertTrue(Double.isNaN(s.constraint()));
    assertTrue(Double.isNaN(s.hierarchy()));
    assertEquals(0, s.friendsOfFriends());
    assertTrue(r.ties().isEmpty());
    assertTrue(r.bridges().isEmpty());
    assertTrue(r.dormant().isEmpty());
    assertTrue(r.introductions().isEmpty());
    assertTrue(r.clusters().isEmpty());
    assertTrue(r.circles().isEmpty());
    assertTrue(r.reachOut().isEmpty());
    assertEquals(1, r.egoNetworkDrawing().labels().length);
    assertEquals(0, r.egoNetworkDrawing().tieCount());
    Map<String, Object> json = obj(MiniJson.parse(r.toJson()));
    assertNull(obj(json.get("summary")).get("effective_size"));
    assertTrue(arr(json.get("ties")).isEmpty());
    String md = r.toMarkdown();
    assertTrue(md.contains("No ties."));
    assertTrue(md.contains("Nobody to suggest"));
    assertEquals(0, r.toTable().rowCount());
  }

  @Test
  void egoWithOneTie() {
    // the path 0-1-2: ego 0 has one contact, one friend of friend
    SocialGraph g = TieTestGraphs.path(3);
    CareerReportResult r = CareerReport.compute(g, 0);
    EgoSummary s = r.summary();
    assertEquals(1, s.degree());
    assertEquals(1.0, s.effectiveSize(), 0.0);
    assertEquals(1.0, s.efficiency(), 0.0);
    assertEquals(1.0, s.constraint(), 0.0);
    assertEquals(1.0, s.hierarchy(), 0.0);
    assertEquals(0.0, s.clustering(), 0.0);
    assertEquals(1.0, s.diversity(), 0.0);
    EgoTie t = r.ties().get(0);
    assertEquals("1", t.label());
    assertTrue(t.bridge());
    assertTrue(t.localBridge());
    assertEquals(EgoTie.INFINITE_SPAN, t.span());
    assertEquals(1, t.uniqueReach());
    assertEquals(1, s.friendsOfFriends());
    assertEquals("2", r.introductions().get(0).label());
    assertEquals("1", r.introductions().get(0).introducer());
    // a single edge: no friend of friend at all
    SocialGraph one = TieTestGraphs.path(2);
    CareerReportResult r1 = CareerReport.compute(one, 1);
    assertEquals(0, r1.summary().friendsOfFriends());
    assertTrue(r1.introductions().isEmpty());
    assertTrue(r1.ties().get(0).bridge());
    assertEquals(0.5, r1.ties().get(0).strength(), 0.0); // one edge: every signal constant
  }

  @Test
  void closedFormFamilies() {
    // star centre: every tie a global bridge, constraint 1/k, effective size k
    SocialGraph star = TieTestGraphs.star(5, 0);
    EgoSummary s = CareerReport.compute(star, 0).summary();
    assertEquals(5, s.degree());
    assertEquals(5, s.bridges());
    assertEquals(5, s.localBridges());
    assertEquals(5.0, s.effectiveSize(), TOL);
    assertEquals(0.2, s.constraint(), TOL);
    assertEquals(0.0, s.hierarchy(), TOL);
    assertEquals(0, s.friendsOfFriends());
    // a leaf of the star: four friends of friends, one circle, the centre their introducer
    CareerReportResult leaf = CareerReport.compute(star, 3);
    assertEquals(4, leaf.summary().friendsOfFriends());
    assertEquals(4, leaf.ties().get(0).uniqueReach());
    assertEquals(4, leaf.clusters().size());
    for (Introduction in : leaf.introductions()) {
      assertEquals("0", in.introducer());
      assertEquals(1, in.mutual());
    }
    // complete graph K4: clustering 1, diversity 0, effective size 1, constraint 75/81
    CareerReportResult k4 = CareerReport.compute(TieTestGraphs.complete(4), 2);
    assertEquals(1.0, k4.summary().clustering(), TOL);
    assertEquals(0.0, k4.summary().diversity(), TOL);
    assertEquals(1.0, k4.summary().effectiveSize(), TOL);
    assertEquals(75.0 / 81.0, k4.summary().constraint(), TOL);
    assertEquals(0, k4.summary().localBridges());
    for (EgoTie t : k4.ties()) {
      assertEquals(2, t.mutual());
      assertEquals(1.0, t.overlap(), TOL);
    }
    assertEquals(1, k4.circles().size());
    // cycle C6: both ties local bridges of span 5 (3 with an unlimited search, over a cap of 4)
    SocialGraph c6 = TieTestGraphs.cycle(6);
    CareerReportResult c = CareerReport.compute(c6, 0);
    for (EgoTie t : c.ties()) {
      assertEquals(5, t.span());
      assertFalse(t.bridge());
      assertEquals(1, t.uniqueReach());
    }
    assertEquals(2, c.summary().friendsOfFriends());
    assertEquals(2, c.clusters().size());
    for (Introduction in : c.introductions()) {
      assertEquals(1, in.opens()); // node 3 at distance 3
    }
    CareerReportResult capped = CareerReport.compute(c6, 0,
        CareerReportParams.defaults().withMaxSpan(4));
    for (EgoTie t : capped.ties()) {
      assertEquals(EgoTie.OVER_CAP, t.span());
      assertEquals(">4", t.spanText(4));
      assertFalse(t.bridge());
    }
    assertEquals(2, capped.summary().overCap());
    CareerReportResult noSearch = CareerReport.compute(c6, 0,
        CareerReportParams.defaults().withMaxSpan(2));
    assertEquals(EgoTie.OVER_CAP, noSearch.ties().get(0).span());
    // path P5 from the middle: two bridges, one unique friend of friend behind each
    CareerReportResult p = CareerReport.compute(TieTestGraphs.path(5), 2);
    assertEquals(2, p.summary().bridges());
    for (EgoTie t : p.ties()) {
      assertEquals(EgoTie.INFINITE_SPAN, t.span());
      assertEquals(1, t.uniqueReach());
    }
  }

  @Test
  void jsonParsesAndHasEverySection() {
    SocialGraph g = timedGraph();
    CareerReportResult r = CareerReport.compute(g, g.id("E"));
    Map<String, Object> json = obj(MiniJson.parse(r.toJson()));
    assertEquals(List.of("ego", "settings", "summary", "ties", "bridges", "dormant",
        "introductions", "clusters", "circles", "reach_out", "drawing"),
        List.copyOf(json.keySet()));
    assertEquals("E", json.get("ego"));
    Map<String, Object> summary = obj(json.get("summary"));
    assertEquals(6.0, num(summary.get("degree")), 0.0);
    assertEquals(T0, ((Number) summary.get("as_of")).longValue());
    assertEquals("2023-11-14", summary.get("as_of_date"));
    List<Object> ties = arr(json.get("ties"));
    assertEquals(6, ties.size());
    Map<String, Object> c = null;
    for (Object o : ties) {
      if (obj(o).get("label").equals("C")) {
        c = obj(o);
      }
    }
    assertEquals(3.0, num(c.get("span")), 0.0);
    assertEquals("finite", c.get("span_kind"));
    assertEquals(Boolean.TRUE, c.get("local_bridge"));
    assertNull(c.get("interactions"));
    Map<String, Object> d = obj(arr(json.get("dormant")).get(2));
    assertEquals("D", d.get("label"));
    assertNull(d.get("span"));
    assertEquals("infinite", d.get("span_kind"));
    List<Object> reach = arr(json.get("reach_out"));
    assertEquals(10, reach.size());
    assertEquals("dormant_tie", obj(reach.get(0)).get("kind"));
    assertEquals("introduction", obj(reach.get(1)).get("kind"));
    assertEquals("C", obj(reach.get(1)).get("introducer"));
    Map<String, Object> drawing = obj(json.get("drawing"));
    assertEquals(7, arr(drawing.get("labels")).size());
    assertEquals("E", arr(drawing.get("labels")).get(0));
    // 6 ties of E plus the tie A-B
    assertEquals(7, arr(drawing.get("ties")).size());
    Map<String, Object> settings = obj(json.get("settings"));
    assertEquals(8.0, num(settings.get("max_span")), 0.0);
    assertTrue(arr(settings.get("strength_signals")).contains("recency"));
  }

  @Test
  void markdownHasEverySection() {
    SocialGraph g = timedGraph();
    String md = CareerReport.compute(g, g.id("E")).toMarkdown();
    for (String section : List.of("# Career report: E", "## Summary",
        "## Reach out to these people", "## Your ties, strongest first",
        "## Bridges and local bridges", "## Dormant ties", "## Suggested introductions",
        "## How this report is computed")) {
      assertTrue(md.contains(section), section);
    }
    assertTrue(md.contains("1. **A** (dormant tie): dormant 2.2 years, 1 mutual contact, opens 3"
        + " people you cannot reach otherwise"));
    assertTrue(md.contains("| network diversity (1 - clustering) |"));
    assertTrue(md.contains("as of 2023-11-14"));
    assertTrue(md.contains("| D | inf | 0 |"));
    // labels with Markdown characters are escaped
    SocialGraph odd = SocialGraph.builder().addEdge("a|b", "c*d").build();
    String m2 = CareerReport.compute(odd, 0).toMarkdown();
    assertTrue(m2.contains("a\\|b"));
    assertTrue(m2.contains("c\\*d"));
  }

  @Test
  void dotStylesStrongWeakAndBridges() {
    SocialGraph g = timedGraph();
    CareerReportResult r = CareerReport.compute(g, g.id("E"));
    String dot = r.toDot();
    assertTrue(dot.startsWith("graph ego {"));
    assertTrue(dot.trim().endsWith("}"));
    EgoNetworkDrawing d = r.egoNetworkDrawing();
    int dashed = 0;
    int red = 0;
    int blue = 0;
    for (String line : dot.split("\n")) {
      if (line.contains("--")) {
        if (line.contains("style=dashed")) {
          dashed++;
        } else if (line.contains("color=red")) {
          red++;
        } else if (line.contains("color=blue")) {
          blue++;
        }
      }
    }
    int bridges = 0;
    int strong = 0;
    for (int i = 0; i < d.tieCount(); i++) {
      if (d.bridge()[i]) {
        bridges++;
      } else if (d.strong()[i]) {
        strong++;
      }
    }
    assertEquals(bridges, dashed);
    assertEquals(strong, red);
    assertEquals(d.tieCount() - bridges - strong, blue);
    assertEquals(r.summary().localBridges(), bridges);
    assertTrue(dot.contains("n0 [label=\"E\", shape=doublecircle"));
    // quotes in labels are escaped
    SocialGraph q = SocialGraph.builder().addEdge("say \"hi\"", "x").build();
    assertTrue(CareerReport.compute(q, 0).toDot().contains("\"say \\\"hi\\\"\""));
  }

  @Test
  void tableHasOneRowPerTie() {
    SocialGraph g = timedGraph();
    CareerReportResult r = CareerReport.compute(g, g.id("E"));
    ScoreTable t = r.toTable();
    assertEquals(6, t.rowCount());
    assertEquals(r.ties().get(0).label(), t.column("contact").textAt(0));
    int d = r.tie("D").orElseThrow().rank() - 1;
    assertEquals(Double.POSITIVE_INFINITY, t.column("span").doubleAt(d), 0.0);
    int c = r.tie("C").orElseThrow().rank() - 1;
    assertEquals(3.0, t.column("span").doubleAt(c), 0.0);
    assertEquals("E", t.column("ego").textAt(c));
  }

  @Test
  void drawingGroupsContactsByCircle() {
    SocialGraph g = org.weakties.testing.NamedGraphs.karate();
    CareerReportResult r = CareerReport.compute(g, g.id("0"));
    EgoNetworkDrawing d = r.egoNetworkDrawing();
    String[] labels = d.labels();
    assertEquals(17, labels.length);
    assertEquals("0", labels[0]);
    assertEquals(0, d.ego());
    int last = -1;
    for (int i = 1; i < labels.length; i++) {
      int circle = r.tie(labels[i]).orElseThrow().circle();
      assertTrue(circle >= last, "circles are contiguous");
      last = circle;
    }
    // 16 ego ties plus one tie per triangle through 0 (sum of mutual / 2 = 0.15 * 16 * 15 / 2)
    assertEquals(16 + 18, d.tieCount());
    int[] src = d.source();
    int[] dst = d.target();
    boolean[] strong = d.strong();
    org.weakties.tie.CompositeTieStrengthResult all =
        org.weakties.tie.CompositeTieStrength.compute(g);
    org.weakties.tie.TieClassification cls =
        org.weakties.tie.TieClassification.byMedian(all.strengths());
    for (int i = 0; i < d.tieCount(); i++) {
      int e = g.edgeId(g.id(labels[src[i]]), g.id(labels[dst[i]]));
      assertTrue(e >= 0);
      assertEquals(cls.isStrong(e), strong[i]);
    }
    // arrays are copies
    d.source()[0] = 99;
    assertEquals(0, d.source()[0]);
  }

  @Test
  void largeEgoNetworksAreCutInTheDrawingAndTheMarkdown() {
    SocialGraph star = TieTestGraphs.star(200, 0);
    CareerReportResult r = CareerReport.compute(star, 0);
    EgoNetworkDrawing d = r.egoNetworkDrawing();
    assertEquals(EgoNetworkDrawing.MAX_ALTERS + 1, d.labels().length);
    assertEquals(200 - EgoNetworkDrawing.MAX_ALTERS, d.omitted());
    assertEquals(EgoNetworkDrawing.MAX_ALTERS, d.tieCount());
    assertTrue(d.title().contains("the 150 strongest drawn"), d.title());
    assertEquals(200, r.ties().size());
    String md = r.toMarkdown();
    assertTrue(md.contains("... and 100 more ties (see the JSON report)."));
    assertTrue(md.contains("... and 100 more local bridges (see the JSON report)."));
    assertEquals(200, arr(obj(MiniJson.parse(r.toJson())).get("ties")).size());
  }

  @Test
  void rejectsBadArguments() {
    SocialGraph g = TieTestGraphs.path(3);
    assertThrows(IllegalArgumentException.class, () -> CareerReport.compute(null, 0));
    assertThrows(IllegalArgumentException.class, () -> CareerReport.compute(g, 0, null));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CareerReport.compute(g, 3));
    assertTrue(e.getMessage().contains("unknown node id 3"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> CareerReport.compute(g, -1));
    // an unknown label is reported by the graph's index
    IllegalArgumentException u = assertThrows(IllegalArgumentException.class,
        () -> CareerReport.compute(g, g.id("nobody")));
    assertTrue(u.getMessage().contains("nobody"), u.getMessage());
    CareerReportParams p = CareerReportParams.defaults();
    assertThrows(IllegalArgumentException.class, () -> p.withTop(0));
    assertThrows(IllegalArgumentException.class, () -> p.withDormantDays(-1));
    assertThrows(IllegalArgumentException.class, () -> p.withDormantDays(Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> p.withHalfLifeDays(0));
    assertThrows(IllegalArgumentException.class, () -> p.withMaxSpan(1));
    assertThrows(IllegalArgumentException.class, () -> p.withStrengthSample(1));
    assertThrows(IllegalArgumentException.class, () -> p.withThreads(-1));
    assertThrows(IllegalArgumentException.class, () -> p.withClusterAttribute(""));
    assertThrows(NullPointerException.class, () -> p.withCurve(null));
    assertThrows(NullPointerException.class, () -> p.withProgress(null));
    assertThrows(NullPointerException.class, () -> p.withToken(null));
  }

  @Test
  void cancellationStopsTheReport() {
    CancellationToken t = CancellationToken.create();
    t.cancel();
    SocialGraph g = TieTestGraphs.path(4);
    assertThrows(CancelledException.class, () -> CareerReport.compute(g, 1,
        CareerReportParams.defaults().withToken(t)));
  }

  @Test
  void durationsReadNaturally() {
    assertEquals("1 day", CareerReport.duration(1));
    assertEquals("45 days", CareerReport.duration(45));
    assertEquals("7 months", CareerReport.duration(213));
    assertEquals("1 year", CareerReport.duration(366));
    assertEquals("2 years", CareerReport.duration(730.5));
    assertEquals("2.2 years", CareerReport.duration(800));
  }
}

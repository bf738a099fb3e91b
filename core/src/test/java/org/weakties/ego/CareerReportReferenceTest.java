package org.weakties.ego;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.weakties.testing.MiniJson.arr;
import static org.weakties.testing.MiniJson.num;
import static org.weakties.testing.MiniJson.obj;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.weakties.graph.SocialGraph;
import org.weakties.holes.StructuralHoles;
import org.weakties.holes.StructuralHolesParams;
import org.weakties.holes.StructuralHolesResult;
import org.weakties.tie.CompositeTieStrength;
import org.weakties.tie.CompositeTieStrengthResult;
import org.weakties.tie.TieClassification;
import org.weakties.testing.MiniJson;
import org.weakties.testing.NamedGraphs;

/**
 * The career report against NetworkX 2.8.8 reference values
 * ({@code reference/ego/make_ego_reference.py}) and against the whole-graph algorithms of the library
 * on the named networks. Karate is used in its weighted form (NetworkX's interaction weights) unless
 * a test says otherwise.
 */
class CareerReportReferenceTest {
  private static final double TOL = 1e-12;

  static Stream<Map<String, Object>> cases() {
    Map<String, Object> root = obj(MiniJson.resource("/reference/ego/ego_reference.json"));
    List<Map<String, Object>> out = new ArrayList<>();
    for (Object c : arr(root.get("cases"))) {
      out.add(obj(c));
    }
    return out.stream();
  }

  private static SocialGraph graph(String name) {
    return NamedGraphs.load(name, !name.equals("florentine"));
  }

  @ParameterizedTest(name = "{index}: {0}")
  @MethodSource("cases")
  void matchesNetworkX(Map<String, Object> c) {
    SocialGraph g = graph((String) c.get("graph"));
    String egoLabel = (String) c.get("ego");
    int ego = g.id(egoLabel);
    CareerReportResult r = CareerReport.compute(g, ego, CareerReportParams.defaults()
        .withMaxSpan(CareerReportParams.UNLIMITED));
    EgoSummary s = r.summary();
    assertEquals(egoLabel, r.ego());
    assertEquals((int) num(c.get("degree")), s.degree());
    assertEquals(num(c.get("clustering")), s.clustering(), TOL);
    assertEquals(1 - num(c.get("clustering")), s.diversity(), TOL);

    Map<String, Object> contacts = obj(c.get("contacts"));
    Map<String, Object> spans = obj(c.get("local_bridges"));
    assertEquals(contacts.keySet(), labels(r.ties()));
    for (EgoTie t : r.ties()) {
      Map<String, Object> ref = obj(contacts.get(t.label()));
      assertEquals((int) num(ref.get("mutual")), t.mutual(), t.label());
      assertEquals((int) num(ref.get("unique_reach")), t.uniqueReach(), t.label());
      assertEquals(spans.containsKey(t.label()), t.localBridge(), t.label());
      if (t.localBridge()) {
        Object span = spans.get(t.label());
        assertEquals(span == null ? EgoTie.INFINITE_SPAN : (int) num(span), t.span(), t.label());
        assertEquals(span == null, t.bridge(), t.label());
      } else {
        assertEquals(EgoTie.NO_SPAN, t.span());
        assertFalse(t.bridge());
      }
    }
    assertEquals(spans.keySet(), labels(r.bridges()));

    Map<String, Object> fof = obj(c.get("friends_of_friends"));
    assertEquals(fof.size(), s.friendsOfFriends());
    for (Introduction in : r.introductions()) {
      Map<String, Object> ref = obj(fof.get(in.label()));
      assertEquals((int) num(ref.get("mutual")), in.mutual(), in.label());
      assertEquals((int) num(ref.get("opens")), in.opens(), in.label());
    }
    List<Object> comps = arr(c.get("fof_components"));
    assertEquals(comps.size(), r.clusters().size());
    for (int i = 0; i < comps.size(); i++) {
      assertEquals(arr(comps.get(i)).size(), r.clusters().get(i).size());
      assertEquals("cluster " + (i + 1), r.clusters().get(i).name());
      assertFalse(r.clusters().get(i).reached());
    }
    List<Object> circles = arr(c.get("circles"));
    assertEquals(circles.size(), r.circles().size());
    for (int i = 0; i < circles.size(); i++) {
      List<Object> members = arr(circles.get(i));
      assertEquals(members.size(), r.circles().get(i).size());
      for (Object m : members) {
        assertEquals(i, r.tie((String) m).orElseThrow().circle(), (String) m);
      }
    }

    boolean weighted = !c.get("graph").equals("florentine");
    assertEquals(num(c.get("effective_size_weighted")), s.effectiveSize(), 1e-9);
    assertEquals(num(c.get("constraint_weighted")), s.constraint(), 1e-9);
    CareerReportResult u = CareerReport.compute(g, ego, CareerReportParams.defaults()
        .withWeighted(false));
    assertEquals(num(c.get("effective_size_unweighted")), u.summary().effectiveSize(), 1e-9);
    assertEquals(num(c.get("constraint_unweighted")), u.summary().constraint(), 1e-9);
    assertTrue(weighted || s.effectiveSize() == u.summary().effectiveSize());
  }

  @ParameterizedTest(name = "{index}: {0}")
  @MethodSource("cases")
  void structuralHolesEqualTheWholeGraphValues(Map<String, Object> c) {
    SocialGraph g = graph((String) c.get("graph"));
    int ego = g.id((String) c.get("ego"));
    for (boolean weighted : new boolean[] {true, false}) {
      StructuralHolesResult h = StructuralHoles.compute(g,
          StructuralHolesParams.defaults().withWeighted(weighted));
      EgoSummary s = CareerReport.compute(g, ego, CareerReportParams.defaults()
          .withWeighted(weighted)).summary();
      assertEquals(h.effectiveSize(ego), s.effectiveSize(), TOL);
      assertEquals(h.efficiency(ego), s.efficiency(), TOL);
      assertEquals(h.constraint(ego), s.constraint(), TOL);
      assertEquals(h.hierarchy(ego), s.hierarchy(), TOL);
    }
  }

  @ParameterizedTest(name = "{index}: {0}")
  @MethodSource("cases")
  void tieStrengthIsTheWholeNetworkComposite(Map<String, Object> c) {
    SocialGraph g = graph((String) c.get("graph"));
    int ego = g.id((String) c.get("ego"));
    CompositeTieStrengthResult all = CompositeTieStrength.compute(g);
    TieClassification cls = TieClassification.byMedian(all.strengths());
    CareerReportResult r = CareerReport.compute(g, ego);
    assertTrue(r.summary().strengthExact());
    assertEquals(g.edgeCount(), r.summary().strengthPopulation());
    assertEquals(cls.threshold(), r.settings().strongThreshold(), 0.0);
    int strong = 0;
    for (EgoTie t : r.ties()) {
      int e = g.edgeId(ego, g.id(t.label()));
      assertEquals(all.strength(e), t.strength(), 0.0, t.label());
      assertEquals(cls.isStrong(e), t.strong(), t.label());
      strong += cls.isStrong(e) ? 1 : 0;
      assertEquals(g.weight(e), t.weight(), 0.0);
    }
    assertEquals(strong, r.summary().strongTies());
    // ranked by strength, strongest first
    for (int i = 1; i < r.ties().size(); i++) {
      assertTrue(r.ties().get(i - 1).strength() >= r.ties().get(i).strength());
      assertEquals(i + 1, r.ties().get(i).rank());
    }
  }

  @Test
  void karateNodeZero() {
    SocialGraph g = NamedGraphs.karate();
    CareerReportResult r = CareerReport.compute(g, g.id("0"));
    EgoSummary s = r.summary();
    assertEquals(16, s.degree());
    assertEquals(0.15, s.clustering(), TOL);
    assertEquals(0.85, s.diversity(), TOL);
    assertEquals(13.775, s.effectiveSize(), 1e-9);
    assertEquals(0.190623, s.constraint(), 1e-6);
    // local bridges (0,11) span infinite (11 is a leaf) and (0,31) span 3
    EgoTie t11 = r.tie("11").orElseThrow();
    assertTrue(t11.localBridge());
    assertTrue(t11.bridge());
    assertEquals(EgoTie.INFINITE_SPAN, t11.span());
    assertEquals("inf", t11.spanText(8));
    EgoTie t31 = r.tie("31").orElseThrow();
    assertTrue(t31.localBridge());
    assertFalse(t31.bridge());
    assertEquals(3, t31.span());
    assertEquals(List.of("11", "31"), r.bridges().stream().map(EgoTie::label).toList());
    assertEquals(1, s.bridges());
    assertEquals(2, s.localBridges());
    // nine friends of friends (|B(0,2)| = 26 = 1 + 16 + 9)
    assertEquals(9, s.friendsOfFriends());
    // unweighted karate: hierarchy from the NetworkX draft formula
    EgoSummary u = CareerReport.compute(NamedGraphs.karateUnweighted(), g.id("0"),
        CareerReportParams.defaults().withWeighted(false)).summary();
    assertEquals(13.75, u.effectiveSize(), TOL);
    assertEquals(0.859375, u.efficiency(), TOL);
    assertEquals(0.155423, u.constraint(), 1e-6);
    assertEquals(0.087545, u.hierarchy(), 1e-6);
  }

  @Test
  void karateNodeThirtyThree() {
    SocialGraph g = NamedGraphs.karate();
    CareerReportResult r = CareerReport.compute(g, g.id("33"));
    EgoSummary s = r.summary();
    assertEquals(17, s.degree());
    assertEquals(6, s.friendsOfFriends());
    // local bridges at 33: (9,33), (13,33), (19,33), all of span 3
    Map<String, Integer> spans = new TreeMap<>();
    for (EgoTie t : r.bridges()) {
      spans.put(t.label(), t.span());
    }
    assertEquals(Map.of("9", 3, "13", 3, "19", 3), spans);
    assertEquals(0, s.bridges());
    EgoSummary u = CareerReport.compute(NamedGraphs.karateUnweighted(), g.id("33"),
        CareerReportParams.defaults().withWeighted(false)).summary();
    assertEquals(15.235294, u.effectiveSize(), 1e-6);
    assertEquals(0.896194, u.efficiency(), 1e-6);
    assertEquals(0.156419, u.constraint(), 1e-6);
    assertEquals(0.241609, u.hierarchy(), 1e-6);
  }

  private static java.util.Set<String> labels(List<EgoTie> ties) {
    java.util.Set<String> s = new java.util.TreeSet<>();
    for (EgoTie t : ties) {
      s.add(t.label());
    }
    return s;
  }
}

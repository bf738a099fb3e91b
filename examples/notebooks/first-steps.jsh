// First steps with weakties in jshell: the weak ties of a small network of contacts.
// The same steps as weak-ties-of-your-network.ipynb, as a script. From examples/notebooks, after
// `mvn -pl examples -am package -DskipTests` at the repository root:
//   jshell --class-path "$(ls ../target/notebook-libs/*.jar | tr '\n' ':')" first-steps.jsh
// (jshell reads a statement as complete at the end of a line, so chained calls here end their
// lines with the dot.)

import java.nio.file.*;
import java.util.*;
import java.util.stream.*;
import org.knowm.xchart.*;
import org.weakties.bridge.*;
import org.weakties.graph.*;
import org.weakties.io.*;
import org.weakties.reach.*;
import org.weakties.tie.*;

/** Prints with the root locale (decimal points everywhere). */
void printf(String format, Object... args) { System.out.print(String.format(Locale.ROOT, format, args)); }

// 1. Load the contacts (source,target,weight,interactions,last_contact) and each person's club.
SocialGraph g = NodeAttributeReader.attach(GraphFiles.read(Path.of("contacts.csv")),
    Path.of("contacts-nodes.csv"), NodeAttributeOptions.defaults());
printf("%d people, %d ties; interaction counts: %b, last-contact times: %b, attributes: %s%n",
    g.nodeCount(), g.edgeCount(), g.hasInteractions(), g.hasLastContact(), g.nodeAttributes().keys());

// 2. Tie measures: mutual friends, overlap, recency, a composite strength and a strong/weak split.
StructuralTieMeasuresResult structure = StructuralTieMeasures.compute(g);
RecencyResult recency = Recency.compute(g);
CompositeTieStrengthResult strength = CompositeTieStrength.compute(g, structure, recency,
    CompositeTieStrengthParams.defaults());
TieClassification classes = TieClassification.byMedian(strength.strengths());
SocialGraph.EdgeEndpoints ends = g.endpoints();
String tie(int e) { return g.label(ends.source()[e]) + "-" + g.label(ends.target()[e]); }
printf("strength from %s; %d strong and %d weak ties; %d dormant (no contact for a year)%n",
    strength.componentNames(), classes.strongCount(), classes.weakCount(), recency.dormantCount());
int e01 = EdgeLookup.edge(g, "0", "1");
printf("tie 0-1: embeddedness %d, overlap %.4f, jaccard %.4f, adamic-adar %.4f%n",
    structure.embeddedness(e01), structure.overlap(e01), structure.jaccard(e01),
    structure.adamicAdar(e01));

// 3. The strongest and the weakest ties.
void printTies(String title, IntStream ids) {
  System.out.println(title);
  System.out.println("  tie     weight  interactions  age_days  mutual  overlap  strength  class");
  ids.forEach(e -> printf("  %-6s %7.1f %13.0f %9.1f %7d %8.3f %9.3f  %s%n",
      tie(e), g.weight(e), g.interactions(e), recency.ageDays(e), structure.embeddedness(e),
      structure.overlap(e), strength.strength(e), classes.isStrong(e) ? "strong" : "weak"));
}
int[] byStrength = IntStream.range(0, g.edgeCount()).boxed().
    sorted(Comparator.comparingDouble((Integer e) -> strength.strength(e)).thenComparing(e -> e)).
    mapToInt(Integer::intValue).toArray();
printTies("strongest ties:", IntStream.range(0, 5).map(i -> byStrength[byStrength.length - 1 - i]));
printTies("weakest ties:", IntStream.range(0, 5).map(i -> byStrength[i]));

// 4. Friends of friends, split by the class of the tie they are reached through.
ReachByTieClassResult reach = ReachByTieClass.compute(g, classes);
System.out.println("people with the most friends of friends reached only through weak ties:");
System.out.println("  person  club     degree  fof  weak_only  strong_only  mixed");
IntStream.range(0, g.nodeCount()).boxed().
    sorted(Comparator.comparingInt((Integer u) -> -reach.weakOnlyFof(u)).thenComparing(u -> u)).
    limit(5).
    forEach(u -> printf("  %-6s  %-7s %6d %4d %10d %12d %6d%n", g.label(u),
        g.nodeAttributes().get(u, "club"), reach.degree(u), reach.fof(u), reach.weakOnlyFof(u),
        reach.strongOnlyFof(u), reach.mixedFof(u)));
printf("person 0 reaches %d friends of friends, person 33 %d, person 11 %d%n",
    reach.fof(g.id("0")), reach.fof(g.id("33")), reach.fof(g.id("11")));

// 5. Local bridges (ties in no triangle) and their span; Granovetter: bridges should be weak ties.
LocalBridgesResult bridges = LocalBridges.compute(g);
int weakBridges = 0;
for (int e : bridges.localBridges()) {
  weakBridges += classes.isStrong(e) ? 0 : 1;
  printf("  local bridge %-6s span %-3s %s%n", tie(e),
      bridges.span(e) == LocalBridgesResult.INFINITE_SPAN ? "inf" : bridges.span(e),
      classes.isStrong(e) ? "strong" : "weak");
}
printf("%d local bridges (%d global), %d of them weak%n", bridges.localBridgeCount(),
    bridges.bridgeCount(), weakBridges);
StrongTriadicClosureResult stc = StrongTriadicClosure.check(g, classes);
printf("strong triadic closure: %d forbidden triads at %d people%n",
    stc.violationCount(), stc.violatingNodeCount());

// 6. A chart (overlap against weight) and the tie table, written to a temporary folder.
Path dir = Files.createTempDirectory("weakties-first-steps");
XYChart chart = new XYChartBuilder().width(640).height(400).
    title("Karate club: neighborhood overlap against tie weight").xAxisTitle("weight (contexts)").
    yAxisTitle("neighborhood overlap").build();
chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
chart.addSeries("ties", IntStream.range(0, g.edgeCount()).mapToDouble(g::weight).toArray(),
    IntStream.range(0, g.edgeCount()).mapToDouble(structure::overlap).toArray());
TreeMap<Double, DoubleSummaryStatistics> byWeight = IntStream.range(0, g.edgeCount()).boxed().
    collect(Collectors.groupingBy(e -> g.weight(e), TreeMap::new,
        Collectors.summarizingDouble(e -> structure.overlap(e))));
chart.addSeries("mean per weight", byWeight.keySet().stream().mapToDouble(w -> w).toArray(),
    byWeight.values().stream().mapToDouble(DoubleSummaryStatistics::getAverage).toArray()).
    setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
Path png = dir.resolve("overlap-vs-weight.png");
BitmapEncoder.saveBitmap(chart, png.toString(), BitmapEncoder.BitmapFormat.PNG);
System.out.println("chart: " + png + " (" + Files.size(png) + " bytes)");
Path csv = dir.resolve("ties.csv");
ScoreTableWriter.write(structure.toTable().concat(strength.toTable()).concat(classes.toTable()), g, csv);
Files.readAllLines(csv).stream().limit(3).forEach(System.out::println);
/exit

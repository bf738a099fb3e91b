package org.weakties.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Arrays;
import org.weakties.graph.DuplicatePolicy;
import org.weakties.graph.SelfLoopPolicy;
import org.weakties.graph.SocialGraph;

/**
 * Fuzzes the edge-list reader: whatever the bytes, it either returns a graph or throws
 * {@link GraphFormatException}; any other exception is a bug. A graph it returns must survive a
 * write/read round trip unchanged.
 *
 * <p>The first byte chooses the options (delimiter, header, quote, comment, trim, policies); the
 * rest is the file. In {@code mvn test} this runs once per seed in
 * {@code src/test/resources/org/weakties/io/CsvReaderFuzzTestInputs/readEdgeList/} (regression
 * mode). To fuzz: {@code JAZZER_FUZZ=1 mvn -pl core test -Dtest=CsvReaderFuzzTest}; crashing inputs
 * are then written to that directory and must be committed with the fix.
 */
class CsvReaderFuzzTest {

  static EdgeListOptions options(int selector) {
    char[] delimiters = {',', '\t', ';', CsvOptions.WHITESPACE};
    CsvOptions csv = new CsvOptions(delimiters[selector & 3], (selector & 4) == 0,
        (selector & 8) == 0 ? '"' : CsvOptions.NO_QUOTE, (selector & 16) == 0 ? '\0' : '#',
        (selector & 32) == 0);
    DuplicatePolicy[] dup = {DuplicatePolicy.SUM, DuplicatePolicy.REJECT};
    SelfLoopPolicy[] loops = {SelfLoopPolicy.REJECT, SelfLoopPolicy.IGNORE};
    return EdgeListOptions.defaults().withCsv(csv).withDuplicates(dup[(selector >> 6) & 1])
        .withSelfLoops(loops[(selector >> 7) & 1]);
  }

  @FuzzTest(maxDuration = "60s")
  void readEdgeList(byte[] data) throws IOException {
    if (data.length == 0) {
      return;
    }
    EdgeListOptions o = options(data[0] & 0xff);
    byte[] file = Arrays.copyOfRange(data, 1, data.length);
    SocialGraph g;
    try {
      g = EdgeListReader.read(new ByteArrayInputStream(file), "fuzz.csv", o);
    } catch (GraphFormatException expected) {
      assertTrue(expected.getMessage().startsWith("fuzz.csv"), expected.getMessage());
      return;
    }
    if (!o.csv().header() || o.csv().quote() == CsvOptions.NO_QUOTE) {
      return; // such files may hold labels these options cannot write back
    }
    StringWriter w = new StringWriter();
    EdgeListWriter.write(g, w, o.withDuplicates(DuplicatePolicy.REJECT));
    SocialGraph h = EdgeListReader.read(new java.io.StringReader(w.toString()), "again.csv",
        o.withDuplicates(DuplicatePolicy.REJECT));
    assertEquals(g.nodeCount() - isolated(g), h.nodeCount());
    assertEquals(g.edgeCount(), h.edgeCount());
  }

  /** Nodes without edges (from ignored self-loops) are not in an edge list. */
  private static int isolated(SocialGraph g) {
    int k = 0;
    for (int u = 0; u < g.nodeCount(); u++) {
      if (g.degree(u) == 0) {
        k++;
      }
    }
    return k;
  }
}

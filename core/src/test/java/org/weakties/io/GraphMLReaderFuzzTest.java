package org.weakties.io;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Fuzzes the GraphML reader (jgrapht-io behind the DOCTYPE guard): whatever the bytes, it either
 * returns a graph or throws {@link GraphFormatException}; any other exception is a bug. Seeds (valid
 * files, XXE and entity payloads, broken markup) are in
 * {@code src/test/resources/org/weakties/io/GraphMLReaderFuzzTestInputs/readGraphML/}. To fuzz:
 * {@code JAZZER_FUZZ=1 mvn -pl core test -Dtest=GraphMLReaderFuzzTest}.
 */
class GraphMLReaderFuzzTest {

  @FuzzTest(maxDuration = "60s")
  void readGraphML(byte[] data) throws IOException {
    try {
      GraphFiles.read(new ByteArrayInputStream(data), "fuzz.graphml", GraphFormat.GRAPHML,
          GraphFormat.GRAPHML.defaultOptions());
    } catch (GraphFormatException expected) {
      // the only allowed failure
    }
  }
}

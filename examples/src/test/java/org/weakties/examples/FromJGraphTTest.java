package org.weakties.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class FromJGraphTTest {

  /**
   * Ring a-b-c-d-e-f-a with chord a-c and pendant f-g. Without a-f the way round is a-c-d-e-f
   * (4 hops), and likewise for c-d, d-e and e-f; a-b and b-c lie in the triangle a-b-c; f-g is the
   * only bridge. The lightest b..g path is b-a-f-g with weights 3 + 1 + 1 = 5 (b-c-d-e-f-g: 7).
   */
  @Test
  void printsLocalBridgesPathAndJGraphTBridges() throws Exception {
    String out = Console.capture(() -> FromJGraphT.main(new String[0])).out();
    assertEquals(List.of(
        "7 people, 8 ties, 5 local bridges, 1 bridge",
        "  local bridge a-f span 4",
        "  local bridge c-d span 4",
        "  local bridge d-e span 4",
        "  local bridge e-f span 4",
        "  local bridge f-g span inf",
        "shortest weighted path b..g: [b, a, f, g], length 5.0",
        "JGraphT bridges: [f-g]"), out.lines().toList());
  }
}

package org.weakties.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class EmbedExampleTest {

  /**
   * Expected lines worked out by hand. Composite strength = mean of the rank percentiles of weight
   * and overlap (the graph has no interactions or times). Weights 5,4,3,1,2,6,7 have percentiles
   * (rank-1)/6; the overlaps are 0 (cid-dee), 0.5 (four ties sharing mid-rank 3.5, percentile 5/12)
   * and 1 (two ties, mid-rank 6.5, percentile 11/12). So ann-bob = (4/6 + 11/12)/2 = 0.792 and
   * bob-cid = (2/6 + 5/12)/2 = 0.375; the median of the seven strengths is ann-cid's
   * (3/6 + 5/12)/2 = 0.458, and the three ties below it are weak.
   */
  @Test
  void printsOverlapStrengthAndClassOfEveryTie() throws Exception {
    String out = Console.capture(() -> EmbedExample.main(new String[0])).out();
    assertEquals(List.of(
        "ann-bob overlap=1.000 strength=0.792 strong",
        "ann-cid overlap=0.500 strength=0.458 strong",
        "bob-cid overlap=0.500 strength=0.375 weak",
        "cid-dee overlap=0.000 strength=0.000 weak",
        "dee-eve overlap=0.500 strength=0.292 weak",
        "dee-fay overlap=0.500 strength=0.625 strong",
        "eve-fay overlap=1.000 strength=0.958 strong"), out.lines().toList());
  }
}

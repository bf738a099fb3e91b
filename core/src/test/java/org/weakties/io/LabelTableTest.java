package org.weakties.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The label table against a HashMap, with labels that look numeric and labels that do not. */
class LabelTableTest {

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void matchesHashMap(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    LabelTable t = new LabelTable("x");
    Map<String, Integer> naive = new HashMap<>();
    boolean[] added = new boolean[1];
    String[] fixed = {"0", "00", "007", "7", "+7", "-7", "16777215", "16777216", "99999999",
        "123456789", "", "7 ", "٧"};
    for (int i = 0; i < 200_000; i++) {
      String s = switch (r.nextInt(5)) {
        case 0 -> Integer.toString(r.nextInt(1 << 25));
        case 1 -> Integer.toString(r.nextInt(1000));
        case 2 -> "n" + r.nextInt(5000);
        case 3 -> fixed[r.nextInt(fixed.length)];
        default -> "0" + r.nextInt(100);
      };
      char[] a = ("##" + s + "#").toCharArray();
      int id = t.intern(a, 2, 2 + s.length(), added);
      Integer expected = naive.putIfAbsent(s, naive.size());
      if (expected == null) {
        assertTrue(added[0], s);
        assertEquals(naive.size() - 1, id, s);
      } else {
        assertFalse(added[0], s);
        assertEquals(expected, id, s);
      }
    }
    assertEquals(naive.size(), t.size());
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "1", "16777215"})
  void canonicalDecimalsAreNumeric(String s) {
    assertEquals(Integer.parseInt(s), LabelTable.numeric(s.toCharArray(), 0, s.length()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "00", "01", "+1", "-1", "1.0", "16777216", "123456789", "1e3", " 1"})
  void otherTextIsNot(String s) {
    assertEquals(-1, LabelTable.numeric(s.toCharArray(), 0, s.length()));
  }
}

package org.weakties.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Shortest round-trip formatting and strict parsing. The digits are compared with Python 3.11's
 * {@code repr} on about 20,000 doubles (reference/io/make_shortest_doubles.py), which includes every
 * power of two and of ten with their neighbours.
 */
class NumberTextTest {

  /** Digits without leading/trailing zeros and the exponent of the last digit, e.g. "0.25" -> 25e-2. */
  static String canonical(String s) {
    BigDecimal d = new BigDecimal(s.replace("inf", "Infinity")).stripTrailingZeros();
    return d.unscaledValue().abs() + "e" + (-d.scale());
  }

  @Test
  void matchesPythonReprOnReferenceDoubles() throws IOException {
    int n = 0;
    try (InputStream in = getClass().getResourceAsStream("/reference/io/shortest_doubles.csv.gz");
        BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in),
            StandardCharsets.US_ASCII))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        int comma = line.indexOf(',');
        double x = Double.longBitsToDouble(Long.parseUnsignedLong(line.substring(0, comma), 16));
        String py = line.substring(comma + 1);
        String ours = NumberText.format(x);
        assertEquals(canonical(py), canonical(ours), () -> "x = " + py + ", ours " + ours);
        assertEquals(x, Double.parseDouble(ours), 0.0, ours);
        assertEquals(x, NumberText.parseDouble(ours), 0.0, ours);
        assertEquals("-" + ours, NumberText.format(-x));
        n++;
      }
    }
    assertEquals(19711, n);
  }

  @ParameterizedTest
  @CsvSource({
      "0.1, 0.1", "0.5, 0.5", "3.0, 3.0", "100.0, 100.0", "12.5, 12.5", "-2.25, -2.25",
      "1e20, 100000000000000000000.0", "1e21, 1e21", "1.5e21, 1.5e21",
      "1e-7, 0.0000001", "1.25e-7, 0.000000125", "1e-8, 1e-8", "2.5e-8, 2.5e-8",
      "0.3333333333333333, 0.3333333333333333", "2e-3, 0.002", "4.9e-324, 5e-324",
      "1.7976931348623157e308, 1.7976931348623157e308", "1e23, 1e23", "123456.789, 123456.789"})
  void layout(double x, String expected) {
    assertEquals(expected, NumberText.format(x));
  }

  @Test
  void specialValues() {
    assertEquals("NaN", NumberText.format(Double.NaN));
    assertEquals("inf", NumberText.format(Double.POSITIVE_INFINITY));
    assertEquals("-inf", NumberText.format(Double.NEGATIVE_INFINITY));
    assertEquals("0.0", NumberText.format(0.0));
    assertEquals("-0.0", NumberText.format(-0.0));
    assertEquals("42", NumberText.format(42L));
    assertEquals("-9223372036854775808", NumberText.format(Long.MIN_VALUE));
    assertEquals("0.30000000000000004", NumberText.format(0.1 + 0.2));
  }

  @Test
  void independentOfDefaultLocale() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY);
      assertEquals("1234.5", NumberText.format(1234.5));
      assertEquals(1234.5, NumberText.parseDouble("1234.5"));
    } finally {
      Locale.setDefault(saved);
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4})
  void randomDoublesRoundTripAndAreNeverLongerThanJava(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    for (int i = 0; i < 5_000; i++) {
      double x = switch (i % 4) {
        case 0 -> Double.longBitsToDouble(r.nextLong());
        case 1 -> r.nextDouble();
        case 2 -> r.nextDouble() * Math.pow(10, r.nextInt(-15, 20));
        default -> (double) r.nextInt(1, 1000) / r.nextInt(1, 1000);
      };
      if (!Double.isFinite(x)) {
        continue;
      }
      String s = NumberText.format(x);
      assertEquals(x, Double.parseDouble(s), 0.0, s);
      assertTrue(canonical(s).indexOf('e') <= canonical(Double.toString(x)).indexOf('e'),
          () -> s + " is longer than " + x);
    }
  }

  @Test
  void integralAndNegativeValuesRoundTrip() {
    for (long v = -2000; v <= 2000; v += 7) {
      assertEquals(v + ".0", NumberText.format((double) v));
    }
    assertEquals("9007199254740992.0", NumberText.format(9007199254740992.0));
    assertEquals("-1e-300", NumberText.format(-1e-300));
  }

  @ParameterizedTest
  @CsvSource({"1, 1.0", "-1.5, -1.5", "+2, 2.0", ".5, 0.5", "5., 5.0", "1e3, 1000.0",
      "1E+3, 1000.0", "2.5e-3, 0.0025", "007, 7.0", "0.000, 0.0", "-0, -0.0",
      "123456789012345678901234567890, 1.2345678901234568e29", "1e400, inf", "1e-400, 0.0",
      "NaN, NaN", "nan, NaN", "inf, inf", "-Infinity, -inf", "+INF, inf",
      "4.9e-324, 5e-324", "2.2250738585072011e-308, 2.225073858507201e-308",
      "0.1000000000000000055511151231257827, 0.1"})
  void parsesStrictGrammar(String text, String expected) {
    assertEquals(expected, NumberText.format(NumberText.parseDouble(text)));
    if (!text.equalsIgnoreCase("nan")) {
      assertEquals(Double.parseDouble(text.replace("inf", "Infinity").replace("INF", "Infinity")),
          NumberText.parseDouble(text), 0.0);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " 1", "1 ", "1,5", "1.2.3", "0x10", "1d", "1f", "e5", "1e", "1e+",
      ".", "-", "+", "--1", "+nan", "-NaN", "infinit", "1_000", "١٢"})
  void rejectsEverythingElse(String text) {
    assertThrows(NumberFormatException.class, () -> NumberText.parseDouble(text));
  }

  @Test
  void parsesLongs() {
    assertEquals(0, NumberText.parseLong("0"));
    assertEquals(-17, NumberText.parseLong("-17"));
    assertEquals(17, NumberText.parseLong("+17"));
    assertEquals(Long.MAX_VALUE, NumberText.parseLong("9223372036854775807"));
    assertEquals(Long.MIN_VALUE, NumberText.parseLong("-9223372036854775808"));
    for (String bad : new String[] {"", "-", "1.0", "1e3", " 1", "9223372036854775808",
        "-9223372036854775809", "99999999999999999999"}) {
      assertThrows(NumberFormatException.class, () -> NumberText.parseLong(bad), bad);
    }
  }

  @Test
  void randomDecimalTextParsesLikeJava() {
    SplittableRandom r = new SplittableRandom(99);
    for (int i = 0; i < 30_000; i++) {
      StringBuilder b = new StringBuilder();
      if (r.nextBoolean()) {
        b.append('-');
      }
      int digits = r.nextInt(1, 25);
      int point = r.nextInt(0, digits + 1);
      for (int k = 0; k < digits; k++) {
        if (k == point) {
          b.append('.');
        }
        b.append((char) ('0' + r.nextInt(10)));
      }
      if (r.nextInt(3) == 0) {
        b.append('e').append(r.nextInt(-330, 330));
      }
      String s = b.toString();
      assertEquals(Double.parseDouble(s), NumberText.parseDouble(s), 0.0, s);
    }
  }
}

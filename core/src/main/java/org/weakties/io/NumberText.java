package org.weakties.io;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Numbers as text, the same way in every file the library writes and reads, independent of the
 * locale.
 *
 * <h2>Writing</h2>
 * {@link #format(double)} writes the <em>shortest</em> decimal that parses back to the same double,
 * and among the shortest the one closest to the exact binary value (ties to an even last digit): the
 * digits Python's {@code repr} and Java 19+'s {@code Double.toString} produce. Java 17's
 * {@code Double.toString} is not always shortest (it writes {@code 2.0E-3} style and sometimes one
 * digit too many), so it is not used for output. Layout:
 * <ul>
 *   <li>plain notation when the decimal exponent is in {@code [-7, 21)}: {@code 0.1}, {@code 12.5},
 *       {@code 0.000001}; integral values keep one decimal ({@code 3.0}, {@code -0.0}) so a column of
 *       doubles stays recognisably floating point;</li>
 *   <li>otherwise scientific notation with a lower-case {@code e} and no plus sign: {@code 1e21},
 *       {@code 1.5e-8}, {@code 4.9e-324};</li>
 *   <li>NaN as {@code NaN}, infinities as {@code inf} and {@code -inf}.</li>
 * </ul>
 * Every written form is accepted by Java's {@code Double.parseDouble}, Python's {@code float}, R and
 * pandas. Cost: about 0.1-0.3 microseconds per number in {@code [1e-11, 1e17)} (exact 128-bit
 * integer arithmetic), a few microseconds outside that range ({@code BigDecimal}).
 *
 * <h2>Reading</h2>
 * {@link #parseDouble(CharSequence)} accepts exactly: an optional sign, digits with an optional
 * decimal point (at least one digit in all), an optional exponent {@code e}/{@code E} with optional
 * sign; or, ignoring case, {@code nan}, {@code inf}, {@code infinity} (the last two with an optional
 * sign). Nothing else: no blanks, no hexadecimal, no {@code d}/{@code f} suffixes, no thousands
 * separators. Results are correctly rounded. {@link #parseLong(CharSequence)} accepts an optional sign
 * and decimal digits.
 */
public final class NumberText {
  private NumberText() {}

  private static final long[] POW5 = new long[28];
  private static final long[] POW10L = new long[19];
  private static final double[] POW10D = new double[23];

  static {
    POW5[0] = 1;
    for (int i = 1; i < POW5.length; i++) {
      POW5[i] = POW5[i - 1] * 5;
    }
    POW10L[0] = 1;
    for (int i = 1; i < POW10L.length; i++) {
      POW10L[i] = POW10L[i - 1] * 10;
    }
    POW10D[0] = 1;
    for (int i = 1; i < POW10D.length; i++) {
      POW10D[i] = POW10D[i - 1] * 10; // exact up to 1e22
    }
  }

  // ------------------------------------------------------------------ writing

  /** The shortest round-trip text of {@code x} (see the class description). */
  public static String format(double x) {
    StringBuilder b = new StringBuilder(24);
    formatTo(x, b);
    return b.toString();
  }

  /** The decimal text of {@code x}. */
  public static String format(long x) {
    return Long.toString(x);
  }

  /** Appends the shortest round-trip text of {@code x} to {@code out}. */
  public static void formatTo(double x, StringBuilder out) {
    formatTo(x, out, null);
  }

  /** As {@link #formatTo(double, StringBuilder)} with a reusable scratch object (may be null). */
  static void formatTo(double x, StringBuilder out, Shortest scratch) {
    if (x != x) {
      out.append("NaN");
      return;
    }
    if (x == Double.POSITIVE_INFINITY) {
      out.append("inf");
      return;
    }
    if (x == Double.NEGATIVE_INFINITY) {
      out.append("-inf");
      return;
    }
    if (Double.doubleToRawLongBits(x) < 0) {
      out.append('-');
      x = -x;
    }
    if (x == 0) {
      out.append("0.0");
      return;
    }
    Shortest s = scratch == null ? new Shortest() : scratch;
    s.compute(x);
    layout(s.digits, s.exponent, out);
  }

  /** Writes {@code digits x 10^exp} (digits without trailing zeros) in the documented layout. */
  static void layout(long digits, int exp, StringBuilder out) {
    String d = Long.toString(digits);
    int k = d.length();
    int sci = exp + k - 1;
    if (sci >= -7 && sci < 21) {
      if (exp >= 0) {
        out.append(d);
        for (int i = 0; i < exp; i++) {
          out.append('0');
        }
        out.append(".0");
      } else if (sci >= 0) {
        out.append(d, 0, sci + 1).append('.').append(d, sci + 1, k);
      } else {
        out.append("0.");
        for (int i = -1; i > sci; i--) {
          out.append('0');
        }
        out.append(d);
      }
    } else {
      out.append(d.charAt(0));
      if (k > 1) {
        out.append('.').append(d, 1, k);
      }
      out.append('e').append(sci);
    }
  }

  /**
   * The shortest decimal {@code digits x 10^exponent} that rounds to a positive finite double, the
   * closest one to it among the shortest. Not thread-safe; reusable.
   */
  static final class Shortest {
    long digits;
    int exponent;

    // scratch results of scaled()
    private boolean remZero;
    private int remCmpHalf;

    void compute(double v) {
      long bits = Double.doubleToRawLongBits(v);
      int be = (int) (bits >>> 52) & 0x7ff;
      long f = bits & 0xFFFFFFFFFFFFFL;
      int e;
      if (be == 0) {
        e = -1074;
      } else {
        f |= 1L << 52;
        e = be - 1075;
      }
      if (!fast(v, f, e, be)) {
        slow(v);
      }
    }

    /**
     * Exact integer path for values whose 17-digit grid has exponent in [-27, 0]: the value and both
     * ends of its rounding interval are scaled by 10^a = 5^a 2^a into 128-bit integers.
     */
    private boolean fast(double v, long f, int e, int be) {
      int est = (int) Math.floor(Math.log10(v));
      int q = est - 16;
      boolean closed = (f & 1) == 0;
      long mLo = (f == (1L << 52) && be > 1) ? 4 * f - 1 : 4 * f - 2;
      long mHi = 4 * f + 2;
      long mX = 4 * f;
      int e2 = e - 2;
      for (int attempt = 0; attempt < 3; attempt++) {
        int a = -q;
        if (a < 0 || a >= POW5.length) {
          return false;
        }
        long xi = scaled(mX, a, e2);
        if (xi < 0) {
          return false;
        }
        if (xi < POW10L[16]) {
          q--;
          continue;
        }
        if (xi >= POW10L[17]) {
          q++;
          continue;
        }
        boolean xRemZero = remZero;
        int xCmpHalf = remCmpHalf;
        long li = scaled(mLo, a, e2);
        long lo = (remZero && closed) ? li : li + 1; // smallest grid point inside
        long hi = scaled(mHi, a, e2);
        if (li < 0 || hi < 0) {
          return false;
        }
        if (remZero && !closed) {
          hi--;
        }
        int j = 0;
        long pow = 1;
        while (j < 17) {
          long p10 = pow * 10;
          long c = (lo + p10 - 1) / p10 * p10;
          if (c > hi) {
            break;
          }
          j++;
          pow = p10;
        }
        long qd = xi / pow;
        long r = xi - qd * pow;
        boolean up;
        if (j == 0) {
          up = xCmpHalf > 0 || (xCmpHalf == 0 && (qd & 1) == 1);
        } else {
          long twice = 2 * r;
          if (twice != pow) {
            up = twice > pow;
          } else {
            up = !xRemZero || (qd & 1) == 1;
          }
        }
        long c = (qd + (up ? 1 : 0)) * pow;
        if (c < lo) {
          c += pow;
        } else if (c > hi) {
          c -= pow;
        }
        long d = c / pow;
        int ex = q + j;
        while (d % 10 == 0) {
          d /= 10;
          ex++;
        }
        digits = d;
        exponent = ex;
        return true;
      }
      return false;
    }

    /**
     * floor(m 5^a 2^(a+e2)) for m < 2^56 and a <= 27, or -1 when it does not fit a long; sets
     * remZero and remCmpHalf (the fraction compared with 1/2).
     */
    private long scaled(long m, int a, int e2) {
      long p = POW5[a];
      long lo = m * p;
      long hi = Math.multiplyHigh(m, p); // both factors positive
      int t = e2 + a;
      if (t >= 0) {
        remZero = true;
        remCmpHalf = -1;
        if (t >= 63 || hi != 0 || (lo >>> (63 - t)) != 0) {
          return -1;
        }
        return lo << t;
      }
      int s = -t;
      if (s >= 128) {
        return -1;
      }
      long ip;
      boolean zero;
      int cmp;
      if (s < 64) {
        if ((hi >>> s) != 0) {
          return -1;
        }
        ip = (lo >>> s) | (s == 0 ? 0 : hi << (64 - s));
        long rem = lo & ((1L << s) - 1);
        zero = rem == 0;
        cmp = Long.compareUnsigned(rem, 1L << (s - 1));
      } else {
        int s2 = s - 64;
        ip = s2 == 0 ? hi : hi >>> s2;
        long remHi = s2 == 0 ? 0 : hi & ((1L << s2) - 1);
        zero = remHi == 0 && lo == 0;
        if (s2 == 0) {
          cmp = Long.compareUnsigned(lo, 1L << 63);
        } else {
          long half = 1L << (s2 - 1);
          int c = Long.compareUnsigned(remHi, half);
          cmp = c != 0 ? c : (lo == 0 ? 0 : 1);
        }
      }
      if (ip < 0) {
        return -1;
      }
      remZero = zero;
      remCmpHalf = Integer.signum(cmp);
      return ip;
    }

    /** Exact BigDecimal search, for values outside the fast range (and subnormals). */
    private void slow(double v) {
      BigDecimal exact = new BigDecimal(v);
      for (int k = 1; k <= 17; k++) {
        BigDecimal r = exact.round(new MathContext(k, RoundingMode.HALF_EVEN));
        if (r.doubleValue() != v) {
          int side = r.compareTo(exact);
          r = exact.round(new MathContext(k, side > 0 ? RoundingMode.FLOOR : RoundingMode.CEILING));
          if (r.doubleValue() != v) {
            continue;
          }
        }
        r = r.stripTrailingZeros();
        digits = r.unscaledValue().longValueExact();
        exponent = -r.scale();
        return;
      }
      throw new AssertionError("no round-trip decimal for " + v);
    }
  }

  // ------------------------------------------------------------------ reading

  /**
   * Parses a double in the strict grammar of the class description.
   *
   * @throws NumberFormatException when the text is not a number in that grammar
   */
  public static double parseDouble(CharSequence s) {
    int n = s.length();
    char[] a = new char[n];
    for (int i = 0; i < n; i++) {
      a[i] = s.charAt(i);
    }
    return parseDouble(a, 0, n);
  }

  /**
   * Parses a long: an optional sign and decimal digits.
   *
   * @throws NumberFormatException when the text is not such a number or does not fit a long
   */
  public static long parseLong(CharSequence s) {
    int n = s.length();
    char[] a = new char[n];
    for (int i = 0; i < n; i++) {
      a[i] = s.charAt(i);
    }
    return parseLong(a, 0, n);
  }

  /** Strict double parse of {@code a[from, to)}. */
  static double parseDouble(char[] a, int from, int to) {
    int i = from;
    if (i >= to) {
      throw new NumberFormatException("empty");
    }
    boolean neg = false;
    char c0 = a[i];
    if (c0 == '+' || c0 == '-') {
      neg = c0 == '-';
      i++;
    }
    if (i < to && isLetter(a[i])) {
      int len = to - i;
      if (matches(a, i, to, "inf") || matches(a, i, to, "infinity")) {
        return neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
      }
      if (i == from && len == 3 && matches(a, i, to, "nan")) {
        return Double.NaN;
      }
      throw new NumberFormatException("not a number");
    }
    long m = 0;
    int sig = 0; // significant digits taken into m
    boolean dropped = false; // non-zero digits beyond what m holds
    int digits = 0;
    int exp10 = 0;
    while (i < to) {
      char c = a[i];
      if (c < '0' || c > '9') {
        break;
      }
      digits++;
      if (sig < 19) {
        if (m != 0 || c != '0') {
          m = m * 10 + (c - '0');
          sig++;
        }
      } else {
        exp10++;
        dropped |= c != '0';
      }
      i++;
    }
    if (i < to && a[i] == '.') {
      i++;
      while (i < to) {
        char c = a[i];
        if (c < '0' || c > '9') {
          break;
        }
        digits++;
        if (sig < 19) {
          if (m != 0 || c != '0') {
            m = m * 10 + (c - '0');
            sig++;
          }
          exp10--;
        } else {
          dropped |= c != '0';
        }
        i++;
      }
    }
    if (digits == 0) {
      throw new NumberFormatException("no digits");
    }
    if (i < to && (a[i] == 'e' || a[i] == 'E')) {
      i++;
      boolean eneg = false;
      if (i < to && (a[i] == '+' || a[i] == '-')) {
        eneg = a[i] == '-';
        i++;
      }
      int ed = 0;
      int ev = 0;
      while (i < to && a[i] >= '0' && a[i] <= '9') {
        if (ev < 100_000) {
          ev = ev * 10 + (a[i] - '0');
        }
        ed++;
        i++;
      }
      if (ed == 0) {
        throw new NumberFormatException("exponent without digits");
      }
      exp10 += eneg ? -ev : ev;
    }
    if (i != to) {
      throw new NumberFormatException("unexpected character");
    }
    if (m == 0) {
      return neg ? -0.0 : 0.0;
    }
    if (!dropped && sig <= 15 && exp10 >= -22 && exp10 <= 22) {
      double d = (double) m;
      d = exp10 >= 0 ? d * POW10D[exp10] : d / POW10D[-exp10];
      return neg ? -d : d;
    }
    return Double.parseDouble(new String(a, from, to - from));
  }

  /** Strict long parse of {@code a[from, to)}. */
  static long parseLong(char[] a, int from, int to) {
    int i = from;
    if (i >= to) {
      throw new NumberFormatException("empty");
    }
    boolean neg = false;
    if (a[i] == '+' || a[i] == '-') {
      neg = a[i] == '-';
      i++;
    }
    if (i >= to) {
      throw new NumberFormatException("no digits");
    }
    long v = 0; // accumulated negatively to reach Long.MIN_VALUE
    for (; i < to; i++) {
      char c = a[i];
      if (c < '0' || c > '9') {
        throw new NumberFormatException("unexpected character");
      }
      int d = c - '0';
      if (v < (Long.MIN_VALUE + d) / 10) {
        throw new NumberFormatException("out of range");
      }
      v = v * 10 - d;
    }
    if (!neg) {
      if (v == Long.MIN_VALUE) {
        throw new NumberFormatException("out of range");
      }
      v = -v;
    }
    return v;
  }

  private static boolean isLetter(char c) {
    return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  }

  private static boolean matches(char[] a, int from, int to, String word) {
    if (to - from != word.length()) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      if ((a[from + i] | 0x20) != word.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}

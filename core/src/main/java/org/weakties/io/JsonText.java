package org.weakties.io;

/** Minimal JSON text output helpers (strings and numbers); no parser. */
final class JsonText {
  private JsonText() {}

  /** Appends {@code s} as a JSON string literal. */
  static void string(String s, StringBuilder b) {
    b.append('"');
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        case '\b' -> b.append("\\b");
        case '\f' -> b.append("\\f");
        default -> {
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            String hex = Integer.toHexString(c);
            b.append("\\u").append("0000", hex.length(), 4).append(hex);
          } else {
            b.append(c);
          }
        }
      }
    }
    b.append('"');
  }

  /**
   * Appends a double: finite values as JSON numbers in shortest round-trip form, NaN and infinities
   * as the strings {@code "NaN"}, {@code "inf"}, {@code "-inf"} (JSON has no such numbers).
   */
  static void number(double x, StringBuilder b, NumberText.Shortest scratch) {
    if (Double.isFinite(x)) {
      NumberText.formatTo(x, b, scratch);
    } else {
      b.append('"');
      NumberText.formatTo(x, b, scratch);
      b.append('"');
    }
  }
}

package org.weakties.curve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Test helper: reads the reference files under {@code /reference/curve/} (CSV data written by
 * {@code make_reference.R}, JSON written by it and by {@code make_reference_statsmodels.py}) with a
 * minimal JSON parser (objects, arrays, numbers, strings, booleans, null).
 */
final class Reference {
  private Reference() {}

  static String text(String name) {
    try (InputStream in = Reference.class.getResourceAsStream("/reference/curve/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("missing test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A CSV of numbers with a header, as columns by name. */
  static Map<String, double[]> csv(String name) {
    String[] lines = text(name).split("\r?\n");
    String[] head = lines[0].split(",");
    int n = 0;
    for (int i = 1; i < lines.length; i++) {
      if (!lines[i].isBlank()) {
        n++;
      }
    }
    Map<String, double[]> cols = new LinkedHashMap<>();
    for (String h : head) {
      cols.put(h, new double[n]);
    }
    int r = 0;
    for (int i = 1; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      String[] f = lines[i].split(",");
      for (int j = 0; j < head.length; j++) {
        cols.get(head[j])[r] = Double.parseDouble(f[j]);
      }
      r++;
    }
    return cols;
  }

  static Object json(String name) {
    return new Parser(text(name)).value();
  }

  @SuppressWarnings("unchecked")
  static Object path(Object root, String... keys) {
    Object o = root;
    for (String k : keys) {
      if (o instanceof Map) {
        o = ((Map<String, Object>) o).get(k);
      } else {
        o = ((List<Object>) o).get(Integer.parseInt(k));
      }
      if (o == null) {
        throw new IllegalArgumentException("no key " + k);
      }
    }
    return o;
  }

  static double num(Object root, String... keys) {
    return ((Number) path(root, keys)).doubleValue();
  }

  @SuppressWarnings("unchecked")
  static double[] nums(Object root, String... keys) {
    List<Object> l = (List<Object>) path(root, keys);
    double[] a = new double[l.size()];
    for (int i = 0; i < a.length; i++) {
      a[i] = ((Number) l.get(i)).doubleValue();
    }
    return a;
  }

  @SuppressWarnings("unchecked")
  static double[][] matrix(Object root, String... keys) {
    List<Object> l = (List<Object>) path(root, keys);
    double[][] a = new double[l.size()][];
    for (int i = 0; i < a.length; i++) {
      List<Object> row = (List<Object>) l.get(i);
      a[i] = new double[row.size()];
      for (int j = 0; j < a[i].length; j++) {
        a[i][j] = ((Number) row.get(j)).doubleValue();
      }
    }
    return a;
  }

  /** A small recursive-descent JSON parser (test data only). */
  static final class Parser {
    private final String s;
    private int p;

    Parser(String s) {
      this.s = s;
    }

    Object value() {
      ws();
      char c = s.charAt(p);
      if (c == '{') {
        p++;
        Map<String, Object> m = new LinkedHashMap<>();
        ws();
        if (s.charAt(p) == '}') {
          p++;
          return m;
        }
        while (true) {
          ws();
          String k = string();
          ws();
          expect(':');
          m.put(k, value());
          ws();
          if (s.charAt(p) == ',') {
            p++;
          } else {
            expect('}');
            return m;
          }
        }
      }
      if (c == '[') {
        p++;
        List<Object> l = new ArrayList<>();
        ws();
        if (s.charAt(p) == ']') {
          p++;
          return l;
        }
        while (true) {
          l.add(value());
          ws();
          if (s.charAt(p) == ',') {
            p++;
          } else {
            expect(']');
            return l;
          }
        }
      }
      if (c == '"') {
        return string();
      }
      if (s.startsWith("true", p)) {
        p += 4;
        return Boolean.TRUE;
      }
      if (s.startsWith("false", p)) {
        p += 5;
        return Boolean.FALSE;
      }
      if (s.startsWith("null", p)) {
        p += 4;
        return null;
      }
      int start = p;
      while (p < s.length() && "+-0123456789.eE".indexOf(s.charAt(p)) >= 0) {
        p++;
      }
      return Double.parseDouble(s.substring(start, p));
    }

    private String string() {
      expect('"');
      StringBuilder b = new StringBuilder();
      while (s.charAt(p) != '"') {
        char c = s.charAt(p++);
        if (c == '\\') {
          char e = s.charAt(p++);
          switch (e) {
            case 'n' -> b.append('\n');
            case 't' -> b.append('\t');
            case 'u' -> {
              b.append((char) Integer.parseInt(s.substring(p, p + 4), 16));
              p += 4;
            }
            default -> b.append(e);
          }
        } else {
          b.append(c);
        }
      }
      p++;
      return b.toString();
    }

    private void ws() {
      while (p < s.length() && Character.isWhitespace(s.charAt(p))) {
        p++;
      }
    }

    private void expect(char c) {
      if (s.charAt(p) != c) {
        throw new IllegalStateException("expected " + c + " at " + p);
      }
      p++;
    }
  }
}

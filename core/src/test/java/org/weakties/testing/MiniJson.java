package org.weakties.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small strict JSON parser for tests: objects become {@code LinkedHashMap<String, Object>}, arrays
 * {@code ArrayList<Object>}, numbers {@code Double} (or {@code Long} when written without fraction and
 * exponent), strings, booleans and {@code null}. Used to read reference files and to check JSON the
 * library writes. Not part of the library.
 */
public final class MiniJson {
  private final String s;
  private int p;

  private MiniJson(String s) {
    this.s = s;
  }

  /** Parses a whole document; trailing non-blank text is an error. */
  public static Object parse(String text) {
    MiniJson j = new MiniJson(text);
    j.ws();
    Object v = j.value();
    j.ws();
    if (j.p != text.length()) {
      throw j.error("trailing text");
    }
    return v;
  }

  /** Parses a classpath resource (UTF-8). */
  public static Object resource(String path) {
    try (InputStream in = MiniJson.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no such resource: " + path);
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The object value as a map. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> obj(Object o) {
    return (Map<String, Object>) o;
  }

  /** The array value as a list. */
  @SuppressWarnings("unchecked")
  public static List<Object> arr(Object o) {
    return (List<Object>) o;
  }

  /** A number value as a double. */
  public static double num(Object o) {
    return ((Number) o).doubleValue();
  }

  private Object value() {
    if (p >= s.length()) {
      throw error("unexpected end");
    }
    char c = s.charAt(p);
    switch (c) {
      case '{': {
        p++;
        Map<String, Object> m = new LinkedHashMap<>();
        ws();
        if (peek() == '}') {
          p++;
          return m;
        }
        while (true) {
          ws();
          String k = string();
          ws();
          expect(':');
          ws();
          m.put(k, value());
          ws();
          if (peek() == ',') {
            p++;
            continue;
          }
          expect('}');
          return m;
        }
      }
      case '[': {
        p++;
        List<Object> a = new ArrayList<>();
        ws();
        if (peek() == ']') {
          p++;
          return a;
        }
        while (true) {
          ws();
          a.add(value());
          ws();
          if (peek() == ',') {
            p++;
            continue;
          }
          expect(']');
          return a;
        }
      }
      case '"':
        return string();
      case 't':
        word("true");
        return Boolean.TRUE;
      case 'f':
        word("false");
        return Boolean.FALSE;
      case 'n':
        word("null");
        return null;
      default:
        return number();
    }
  }

  private Object number() {
    int start = p;
    if (peek() == '-') {
      p++;
    }
    boolean integral = true;
    while (p < s.length()) {
      char c = s.charAt(p);
      if (c >= '0' && c <= '9') {
        p++;
      } else if (c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-') {
        integral = false;
        p++;
      } else {
        break;
      }
    }
    String t = s.substring(start, p);
    if (t.isEmpty() || t.equals("-")) {
      throw error("bad value");
    }
    return integral ? (Object) Long.parseLong(t) : (Object) Double.parseDouble(t);
  }

  private String string() {
    expect('"');
    StringBuilder b = new StringBuilder();
    while (true) {
      if (p >= s.length()) {
        throw error("unclosed string");
      }
      char c = s.charAt(p++);
      if (c == '"') {
        return b.toString();
      }
      if (c < 0x20) {
        throw error("control character in string");
      }
      if (c == '\\') {
        char e = s.charAt(p++);
        switch (e) {
          case '"', '\\', '/' -> b.append(e);
          case 'b' -> b.append('\b');
          case 'f' -> b.append('\f');
          case 'n' -> b.append('\n');
          case 'r' -> b.append('\r');
          case 't' -> b.append('\t');
          case 'u' -> {
            b.append((char) Integer.parseInt(s.substring(p, p + 4), 16));
            p += 4;
          }
          default -> throw error("bad escape");
        }
      } else {
        b.append(c);
      }
    }
  }

  private void word(String w) {
    if (!s.startsWith(w, p)) {
      throw error("expected " + w);
    }
    p += w.length();
  }

  private char peek() {
    return p < s.length() ? s.charAt(p) : '\0';
  }

  private void expect(char c) {
    if (peek() != c) {
      throw error("expected '" + c + "'");
    }
    p++;
  }

  private void ws() {
    while (p < s.length() && (s.charAt(p) == ' ' || s.charAt(p) == '\n' || s.charAt(p) == '\r'
        || s.charAt(p) == '\t')) {
      p++;
    }
  }

  private IllegalArgumentException error(String what) {
    return new IllegalArgumentException("JSON: " + what + " at offset " + p);
  }
}

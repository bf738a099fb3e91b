package org.weakties.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.weakties.graph.DuplicatePolicy;

/**
 * One row per kind of bad edge-list input: each must be a {@link GraphFormatException} that names the
 * file, the line, the column and the offending text, and says what is allowed.
 */
class BadInputTest {

  private static final EdgeListOptions D = EdgeListOptions.defaults();
  private static final EdgeListOptions NO_HEADER =
      D.withCsv(CsvOptions.defaults().withHeader(false));

  /**
   * @param file file name given to the reader (".gz" for the gzip case)
   * @param line expected line (0 = none)
   * @param column expected column name (null = none)
   * @param index expected 1-based column index (0 = none)
   * @param text expected offending text (null = none)
   * @param fragment a part of the message that says what was wrong or allowed
   */
  record Case(String kind, EdgeListOptions options, byte[] content, String file, long line,
      String column, int index, String text, String fragment) {
    @Override
    public String toString() {
      return kind;
    }
  }

  private static Case c(String kind, EdgeListOptions o, String content, long line, String column,
      int index, String text, String fragment) {
    return new Case(kind, o, content.getBytes(StandardCharsets.UTF_8), "edges.csv", line, column,
        index, text, fragment);
  }

  static Stream<Arguments> cases() {
    byte[] badUtf8 = {'s', 'o', 'u', 'r', 'c', 'e', ',', 't', 'a', 'r', 'g', 'e', 't', '\n', 'a',
        ',', (byte) 0xC3, (byte) 0x28, '\n'};
    return Stream.of(
        c("unclosed quote", D, "source,target\na,\"b\nc,d\n", 2, "target", 2, "b\nc,d\n",
            "never closed"),
        c("character after closing quote", D, "source,target\n\"a\"x,b\n", 2, "source", 1, "ax",
            "right after its closing quote"),
        c("quote inside unquoted field", D, "source,target\nab\"c,d\n", 2, "source", 1, "ab\"",
            "not enclosed in quotes"),
        c("too few fields", D, "source,target,weight\na,b,1\nc,d\n", 3, null, 0, "c,d",
            "has 2 fields; expected 3 fields, as in the header"),
        c("too many fields", D, "source,target\na,b,1\n", 2, null, 0, "a,b,1", "has 3 fields"),
        c("missing source column", D, "from,target\na,b\n", 1, null, 0, "from,target",
            "has no column 'source'"),
        c("missing target column", D, "source,to\na,b\n", 1, null, 0, "source,to",
            "has no column 'target'"),
        c("column named twice", D, "source,target,source\na,b,c\n", 1, "source", 3, "source",
            "names the same column as column 1"),
        c("weight not a number", D, "source,target,weight\na,b,abc\n", 2, "weight", 3, "abc",
            "is not a number; expected a finite number > 0"),
        c("weight empty", D, "source,target,weight\na,b,\n", 2, "weight", 3, "",
            "is not a number"),
        c("weight with decimal comma", D, "source,target,weight\na,b,1,5\n", 2, null, 0,
            "a,b,1,5", "has 4 fields; expected 3 fields"),
        c("weight negative", D, "source,target,weight\na,b,-1\n", 2, "weight", 3, "-1",
            "is not allowed as a weight; expected a finite number > 0"),
        c("weight zero", D, "source,target,weight\na,b,0\n", 2, "weight", 3, "0",
            "is not allowed as a weight"),
        c("weight NaN", D, "source,target,weight\na,b,NaN\n", 2, "weight", 3, "NaN",
            "is not allowed as a weight"),
        c("weight infinite", D, "source,target,weight\na,b,inf\n", 2, "weight", 3, "inf",
            "is not allowed as a weight"),
        c("weight with suffix", D, "source,target,weight\na,b,2d\n", 2, "weight", 3, "2d",
            "is not a number"),
        c("count negative", D, "source,target,interactions\na,b,-2\n", 2, "interactions", 3, "-2",
            "is not allowed as an interaction count"),
        c("count not a number", D, "source,target,interactions\na,b,many\n", 2, "interactions", 3,
            "many", "is not a number; expected a finite number >= 0, or an empty cell"),
        c("time not whole", D, "source,target,last_contact\na,b,1.5\n", 2, "last_contact", 3,
            "1.5", "is not a whole number"),
        c("time reserved", D, "source,target,last_contact\na,b,-9223372036854775808\n", 2,
            "last_contact", 3, "-9223372036854775808", "is reserved for unknown"),
        c("empty source label", D, "source,target\n,b\n", 2, "source", 1, "",
            "is an empty node label"),
        c("empty quoted target label", D, "source,target\na,\"\"\n", 2, "target", 2, "",
            "is an empty node label"),
        c("self-loop under REJECT", D, "source,target\na,b\nc,c\n", 3, "target", 2, "c",
            "self-loop policy REJECT"),
        c("duplicate under REJECT", D.withDuplicates(DuplicatePolicy.REJECT),
            "source,target\na,b\nc,d\n\nb,a\n", 5, "target", 2, "a",
            "repeats the edge 'a' -- 'b' of line 2"),
        c("empty file", D, "", 0, null, 0, null, "the file is empty"),
        c("only blank lines", D, "\n\n  \n", 0, null, 0, null, "the file is empty"),
        c("no header, four fields", NO_HEADER, "a,b,1,2\n", 1, null, 0, "a,b,1,2",
            "2 or 3 fields"),
        c("no header, bad weight", NO_HEADER, "a,b,1\nc,d,x\n", 2, "weight", 3, "x",
            "is not a number"),
        c("line after blank lines and a multi-line label", D,
            "source,target,weight\n\n\"two\nlines\",b,1\n\nc,d,oops\n", 6, "weight", 3, "oops",
            "is not a number"),
        c("error in field after multi-line field", D,
            "source,target,weight\n\"x\ny\",b,bad\n", 3, "weight", 3, "bad", "is not a number"),
        new Case("invalid UTF-8", D, badUtf8, "edges.csv", 2, null, 0, null, "is not valid UTF-8"),
        new Case("not gzip", D, "source,target\na,b\n".getBytes(StandardCharsets.UTF_8),
            "edges.csv.gz", 0, null, 0, null, "is not gzip-compressed"))
        .map(Arguments::of);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reportsWhereWhatAndWhatIsAllowed(Case c) {
    GraphFormatException e = assertThrows(GraphFormatException.class,
        () -> EdgeListReader.read(new ByteArrayInputStream(c.content()), c.file(), c.options()));
    String m = e.getMessage();
    assertEquals(c.file(), e.file(), m);
    assertEquals(c.line(), e.line(), m);
    assertEquals(c.column(), e.column(), m);
    assertEquals(c.index(), e.columnIndex(), m);
    assertEquals(c.text(), e.text(), m);
    assertTrue(m.startsWith(c.file() + (c.line() > 0 ? ", line " + c.line() : "")), m);
    if (c.column() != null) {
      assertTrue(m.contains(", column '" + c.column() + "': "), m);
    }
    if (c.text() != null) {
      assertTrue(m.contains(GraphFormatException.quote(c.text())), m);
    }
    assertTrue(m.contains(c.fragment()), m);
  }

  @Test
  void messageReadsLikeTheDocumentedExample() {
    StringBuilder b = new StringBuilder("source,target,weight\n");
    for (int i = 2; i < 812; i++) {
      b.append("a").append(i).append(",b,1\n");
    }
    b.append("x,y,abc\n");
    GraphFormatException e = assertThrows(GraphFormatException.class, () -> EdgeListReader.read(
        new ByteArrayInputStream(b.toString().getBytes(StandardCharsets.UTF_8)), "edges.csv", D));
    assertEquals("edges.csv, line 812, column 'weight': \"abc\" is not a number; expected a finite"
        + " number > 0", e.getMessage());
  }

  @Test
  void overlongRecordStopsEarly() {
    String s = "source,target\na,\"" + "x".repeat(CsvTokenizer.MAX_RECORD_CHARS + 10) + "\n";
    GraphFormatException e = assertThrows(GraphFormatException.class, () -> EdgeListReader.read(
        new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8)), "big.csv", D));
    assertEquals(2, e.line());
    assertTrue(e.getMessage().contains("longer than"), e.getMessage());
  }

  @Test
  void quotedTextIsEscapedAndCut() {
    assertEquals("\"a\\\"b\\n\\u0001\"", GraphFormatException.quote("a\"b\n\u0001"));
    String q = GraphFormatException.quote("y".repeat(200));
    assertEquals(GraphFormatException.MAX_QUOTED_TEXT + 5, q.length());
    assertTrue(q.endsWith("...\""));
  }
}

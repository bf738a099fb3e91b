package org.weakties.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.weakties.io.CsvOptions;
import org.weakties.io.GraphFormatException;

/** The record reader behind observation tables and header checks. */
class CsvRecordsTest {

  @TempDir
  Path dir;

  private static CsvRecords of(String text, char delimiter) {
    return new CsvRecords(new StringReader(text), "t.csv", delimiter);
  }

  @Test
  void quotesLineEndsBlanksAndByteOrderMark() throws IOException {
    CsvRecords r = of("\uFEFFa, b ,\"c,\"\"d\"\"\"\r\n\r\n\"multi\nline\",x,\n  \n1,2,3", ',');
    assertArrayEquals(new String[] {"a", "b", "c,\"d\""}, r.next());
    assertEquals(1, r.line());
    assertArrayEquals(new String[] {"multi\nline", "x", ""}, r.next());
    assertEquals(3, r.line());
    assertArrayEquals(new String[] {"1", "2", "3"}, r.next());
    assertEquals(6, r.line());
    assertNull(r.next());
  }

  @Test
  void whitespaceAndTabDelimiters() throws IOException {
    CsvRecords ws = of("  a \t b   c\n\n d e\t\n", CsvOptions.WHITESPACE);
    assertArrayEquals(new String[] {"a", "b", "c"}, ws.next());
    assertArrayEquals(new String[] {"d", "e"}, ws.next());
    assertNull(ws.next());
    CsvRecords tab = of("a\t\tb \t\" c \"\n", '\t');
    assertArrayEquals(new String[] {"a", "", "b", " c "}, tab.next());
  }

  @Test
  void malformedQuotingNamesTheLine() throws IOException {
    CsvRecords r = of("a,b\n1,\"2\n3,4\n", ',');
    r.next();
    GraphFormatException open = assertThrows(GraphFormatException.class, r::next);
    assertEquals(2, open.line());
    GraphFormatException after = assertThrows(GraphFormatException.class,
        () -> of("\"a\"b,c\n", ',').next());
    assertEquals("t.csv, line 1, column 1: \"b\" follows a closing quote; expected the delimiter or"
        + " the end of the line after a quoted field", after.getMessage());
  }

  @Test
  void gzipFilesAndColumnLookup() throws IOException {
    Path gz = dir.resolve("h.csv.gz");
    try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(gz))) {
      o.write("Source , Target,weight\n1,2,3\n".getBytes(StandardCharsets.UTF_8));
    }
    String[] h = CsvRecords.header(gz, ',');
    assertArrayEquals(new String[] {"Source", "Target", "weight"}, h);
    assertEquals(0, CsvRecords.find(h, "source"));
    assertEquals(2, CsvRecords.find(h, "weight"));
    assertEquals(-1, CsvRecords.find(h, "w"));
    Path empty = dir.resolve("e.csv");
    Files.writeString(empty, "\n\n");
    assertNull(CsvRecords.header(empty, ','));
  }
}

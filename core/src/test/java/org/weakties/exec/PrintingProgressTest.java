package org.weakties.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrintingProgressTest {

  private static List<String> lines(ByteArrayOutputStream bytes) {
    return List.of(bytes.toString(StandardCharsets.UTF_8).split("\\R"));
  }

  @Test
  void printsStartEachTenthOnceAndTheEnd() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintingProgress p = new PrintingProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    p.start("local bridges", 100);
    for (int i = 0; i < 100; i++) {
      p.advance(1);
    }
    p.finish();
    List<String> out = lines(bytes);
    assertEquals("[local bridges] started", out.get(0));
    for (int tenth = 1; tenth <= 9; tenth++) {
      assertEquals("[local bridges] " + 10 * tenth + "%", out.get(tenth));
    }
    assertEquals(11, out.size());
    assertTrue(out.get(10).matches("\\[local bridges\\] done in \\d+\\.\\d\\d s"), out.get(10));
  }

  @Test
  void bigStepsSkipTenthsAndUnknownTotalsPrintNoPercent() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintingProgress p = new PrintingProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    p.start("a", 10);
    p.advance(5);
    p.advance(5);
    p.finish();
    p.start("b", -1);
    p.advance(1_000);
    p.finish();
    List<String> out = lines(bytes);
    assertEquals("[a] started", out.get(0));
    assertEquals("[a] 50%", out.get(1));
    assertTrue(out.get(2).startsWith("[a] done in "));
    assertEquals("[b] started", out.get(3));
    assertTrue(out.get(4).startsWith("[b] done in "));
    assertEquals(5, out.size());
  }

  @Test
  void rejectsNullStream() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new PrintingProgress(null));
    assertEquals("out must not be null", e.getMessage());
  }
}

package org.weakties.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MainTest {
  @Test
  void helpExitsWithZero() {
    assertEquals(0, Main.run("--help"));
  }
}

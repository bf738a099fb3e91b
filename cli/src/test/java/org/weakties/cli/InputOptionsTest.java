package org.weakties.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The input convention shared by every command: dialects by file name and named columns. */
class InputOptionsTest {

  @TempDir
  Path dir;

  @Test
  void plainEdgeListsAreWhitespaceSeparatedWithoutHeader() throws Exception {
    Path in = dir.resolve("g.edges");
    Files.writeString(in, "# a SNAP-style file\n1 2 4\n2\t3   2\n\n3 1 1\n");
    Path out = dir.resolve("t.csv");
    Cli.run("ties", "--input", in.toString(), "--out", out.toString(), "-q").ok();
    Cli.Csv t = Cli.csv(out);
    assertEquals(3, t.rows().size());
    assertEquals("4.0", t.row("1", "2").get("weight"));
    assertEquals("1", t.row("3", "1").get("embeddedness"));
  }

  @Test
  void tabSeparatedByName() throws Exception {
    Path in = dir.resolve("g.tsv");
    Files.writeString(in, "source\ttarget\tweight\na b\tc\t2\n");
    Path out = dir.resolve("t.csv");
    Cli.run("ties", "--input", in.toString(), "--out", out.toString(), "-q").ok();
    assertEquals("2.0", Cli.csv(out).row("a b", "c").get("weight"));
  }

  @Test
  void namedOptionalColumnsMustExist() throws Exception {
    Path in = dir.resolve("g.csv");
    Files.writeString(in, "from,to,calls\na,b,3\n");
    Path out = dir.resolve("t.csv");
    assertEquals("g.csv has no column 'count' (given with --count-column); its columns are from, "
        + "to, calls", Cli.run("ties", "--input", in.toString(), "--source-column", "from",
            "--target-column", "to", "--count-column", "count", "--out", out.toString())
            .inputError());
    Cli.run("ties", "--input", in.toString(), "--source-column", "from", "--target-column", "to",
        "--weight-column", "calls", "--out", out.toString(), "-q").ok();
    assertEquals("3.0", Cli.csv(out).row("a", "b").get("weight"));
    // without a header the columns are positional and names are not checked
    Path plain = dir.resolve("p.csv");
    Files.writeString(plain, "a,b,5\n");
    Cli.run("ties", "--input", plain.toString(), "--no-header", "--weight-column", "w", "--out",
        out.toString(), "-q").ok();
    assertEquals("5.0", Cli.csv(out).row("a", "b").get("weight"));
  }
}

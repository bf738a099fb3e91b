package org.weakties.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.weakties.graph.SocialGraph;
import org.weakties.io.NumberText;

/**
 * Reads an outcomes file: a header naming {@code source}, {@code target} and {@code job}, then one
 * row per tie saying whether a job came through it (0/1, or a count). Plain comma-separated values
 * without quoting. Every row must name a tie of the network; ties without a row get no outcome (NaN)
 * and are left out of the curve.
 */
final class Outcomes {
  private Outcomes() {}

  static double[] read(Path file, SocialGraph g) throws IOException {
    String name = file.getFileName().toString();
    if (!Files.exists(file)) {
      throw new UserInputException("outcomes file not found: " + file);
    }
    double[] job = new double[g.edgeCount()];
    Arrays.fill(job, Double.NaN);
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String header = r.readLine();
      if (header == null) {
        throw new UserInputException(name + " is empty; expected a header source,target,job");
      }
      String[] h = header.split(",", -1);
      int sc = index(h, "source");
      int tc = index(h, "target");
      int jc = index(h, "job");
      if (sc < 0 || tc < 0 || jc < 0) {
        throw new UserInputException(name + ", line 1: the header must name the columns source,"
            + " target and job; found " + header);
      }
      int line = 1;
      for (String row = r.readLine(); row != null; row = r.readLine()) {
        line++;
        if (row.isBlank()) {
          continue;
        }
        String[] f = row.split(",", -1);
        if (f.length != h.length) {
          throw new UserInputException(name + ", line " + line + ": " + f.length
              + " fields; the header has " + h.length);
        }
        double v;
        try {
          v = NumberText.parseDouble(f[jc].trim());
        } catch (IllegalArgumentException e) {
          v = Double.NaN;
        }
        if (!(v >= 0) || Double.isInfinite(v)) {
          throw new UserInputException(name + ", line " + line + ", column 'job': \"" + f[jc]
              + "\" is not allowed; expected 0, 1 or a count >= 0");
        }
        String a = f[sc].trim();
        String b = f[tc].trim();
        int u = g.index().find(a);
        int w = g.index().find(b);
        int e = u < 0 || w < 0 ? -1 : g.edgeId(u, w);
        if (e < 0) {
          throw new UserInputException(name + ", line " + line + ": the tie " + a + " -- " + b
              + " is not in the network; every outcome row must name an existing tie");
        }
        job[e] = v;
      }
    }
    return job;
  }

  private static int index(String[] header, String col) {
    for (int i = 0; i < header.length; i++) {
      if (header[i].trim().equalsIgnoreCase(col)) {
        return i;
      }
    }
    return -1;
  }
}

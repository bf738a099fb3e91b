package org.weakties.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the package layering of the library true by reading the imports of every main source file.
 *
 * <p>Rules: {@code exec} and {@code internal} may be used by all and use no other package of ours;
 * otherwise a package uses only the packages listed before it in {@link #ALLOWED}; only {@code graph}
 * and {@code io} import JGraphT; only {@code curve} imports Commons Math; every package has a
 * {@code package-info.java}.
 */
class PackageDependencyTest {

  /** For each package, the packages of ours it may import (besides itself, exec and internal). */
  private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
      Map.entry("graph", Set.of()),
      Map.entry("io", Set.of("graph")),
      Map.entry("generate", Set.of("graph")),
      Map.entry("tie", Set.of("graph")),
      Map.entry("reach", Set.of("graph", "tie")),
      Map.entry("bridge", Set.of("graph", "tie")),
      Map.entry("holes", Set.of("graph", "tie")),
      Map.entry("percolation", Set.of("graph", "tie")),
      Map.entry("curve", Set.of("graph")),
      Map.entry("sim", Set.of("graph", "curve", "tie", "generate")),
      Map.entry("ego", Set.of("graph", "tie", "reach", "bridge", "holes", "curve", "sim")),
      Map.entry("exec", Set.of()),
      Map.entry("internal", Set.of()));

  private static final Pattern IMPORT =
      Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+)", Pattern.MULTILINE);

  private static Path mainRoot() {
    Path p = Paths.get("src/main/java/org/weakties");
    if (!Files.isDirectory(p)) {
      p = Paths.get("core/src/main/java/org/weakties");
    }
    return p;
  }

  @Test
  void packagesImportOnlyWhatTheLayeringAllows() throws IOException {
    Path root = mainRoot();
    assertTrue(Files.isDirectory(root), "sources not found from " + Paths.get("").toAbsolutePath());
    List<String> violations = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : (Iterable<Path>) files.filter(x -> x.toString().endsWith(".java"))::iterator) {
        String pkg = root.relativize(f.getParent()).toString().replace('/', '.');
        String top = pkg.contains(".") ? pkg.substring(0, pkg.indexOf('.')) : pkg;
        Set<String> allowed = ALLOWED.get(top);
        if (allowed == null) {
          violations.add(f + ": package '" + top + "' is not in the layering table");
          continue;
        }
        Matcher m = IMPORT.matcher(Files.readString(f));
        while (m.find()) {
          String imp = m.group(1);
          if (imp.startsWith("org.weakties.")) {
            String rest = imp.substring("org.weakties.".length());
            String other = rest.substring(0, rest.indexOf('.'));
            if (!other.equals(top) && !other.equals("exec") && !other.equals("internal")
                && !allowed.contains(other)) {
              violations.add(f.getFileName() + " (" + top + ") imports " + imp);
            }
            if ((top.equals("exec") || top.equals("internal")) && !other.equals(top)
                && !other.equals("exec") && !other.equals("internal")) {
              violations.add(f.getFileName() + " (" + top + ") imports " + imp);
            }
          } else if (imp.startsWith("org.jgrapht.") && !top.equals("graph") && !top.equals("io")) {
            violations.add(f.getFileName() + " (" + top + ") imports JGraphT: " + imp);
          } else if (imp.startsWith("org.apache.commons.math3.") && !top.equals("curve")) {
            violations.add(f.getFileName() + " (" + top + ") imports Commons Math: " + imp);
          }
        }
      }
    }
    assertEquals(List.of(), violations);
  }

  @Test
  void everyPackageHasAPackageInfo() throws IOException {
    Path root = mainRoot();
    List<String> missing = new ArrayList<>();
    try (Stream<Path> dirs = Files.walk(root)) {
      for (Path d : (Iterable<Path>) dirs.filter(Files::isDirectory)::iterator) {
        boolean hasJava;
        try (Stream<Path> fs = Files.list(d)) {
          hasJava = fs.anyMatch(x -> x.toString().endsWith(".java"));
        }
        if (hasJava && !Files.exists(d.resolve("package-info.java"))) {
          missing.add(root.relativize(d).toString());
        }
      }
    }
    assertEquals(List.of(), missing);
  }
}

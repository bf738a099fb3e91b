package org.weakties.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Compiles and runs every Java sample of the user guides in {@code docs/} against the current API,
 * and compares what it prints with the {@code text} block that follows it, when there is one.
 *
 * <p>A sample is a fenced {@code java} block: its {@code import} lines become the imports of a
 * class, the other lines the body of a method that may throw. Its body has 5 to 15 lines. Its
 * output block is the next fenced {@code text} block, with only blank lines or one line ending with
 * a colon between the two; every sample must have one, and its stdout must equal it line by line.
 */
class DocSnippetsTest {

  /** A sample and the output it must print (null when the page shows none, which fails). */
  record Sample(String page, int line, List<String> imports, List<String> body, String expected) {}

  @ParameterizedTest
  @ValueSource(strings = {"graph.md", "io.md", "generators.md", "tie-strength.md", "reach.md",
      "bridges.md", "structural-holes.md", "percolation.md", "usefulness-curve.md", "index.md"})
  void samplesCompileRunAndPrintWhatThePageShows(String page, @TempDir Path classes)
      throws Exception {
    Path file = Processes.moduleDir().resolveSibling("docs").resolve(page);
    List<Sample> samples = samples(page, Files.readAllLines(file));
    assertFalse(samples.isEmpty(), page + " has no Java sample");
    compile(samples, classes);
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
        getClass().getClassLoader())) {
      for (int i = 0; i < samples.size(); i++) {
        Sample s = samples.get(i);
        int lines = s.body().size();
        assertTrue(lines >= 5 && lines <= 15,
            page + ":" + s.line() + ": the sample has " + lines + " lines; keep it to 5-15");
        Class<?> c = loader.loadClass(className(page, i));
        String out = Console.capture(() -> {
          try {
            c.getMethod("run").invoke(null);
          } catch (InvocationTargetException e) {
            throw new AssertionError(page + ":" + s.line() + ": the sample threw", e.getCause());
          }
        }).out();
        assertNotNull(s.expected(), page + ":" + s.line() + ": the sample shows no output; follow it"
            + " with a text block (after at most one line ending with a colon)");
        assertEquals(s.expected(), out.stripTrailing(),
            page + ":" + s.line() + ": the sample's output differs from the page");
      }
    }
  }

  static List<Sample> samples(String page, List<String> lines) {
    List<Sample> result = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).strip().equals("```java")) {
        continue;
      }
      int start = i + 1;
      int end = start;
      while (!lines.get(end).strip().equals("```")) {
        end++;
      }
      List<String> imports = new ArrayList<>();
      List<String> body = new ArrayList<>();
      for (String l : lines.subList(start, end)) {
        if (l.startsWith("import ")) {
          imports.add(l);
        } else if (!(l.isBlank() && body.isEmpty())) {
          body.add(l);
        }
      }
      while (!body.isEmpty() && body.get(body.size() - 1).isBlank()) {
        body.remove(body.size() - 1);
      }
      String expected = null;
      int j = end + 1;
      int prose = 0;
      while (j < lines.size() && (lines.get(j).isBlank()
          || (prose == 0 && lines.get(j).strip().endsWith(":") && !lines.get(j).startsWith("```")))) {
        prose += lines.get(j).isBlank() ? 0 : 1;
        j++;
      }
      if (j < lines.size() && lines.get(j).strip().equals("```text")) {
        int k = j + 1;
        while (!lines.get(k).strip().equals("```")) {
          k++;
        }
        expected = String.join("\n", lines.subList(j + 1, k)).stripTrailing();
      }
      result.add(new Sample(page, start, imports, body, expected));
      i = end;
    }
    return result;
  }

  private static String className(String page, int index) {
    return "Sample_" + page.replaceAll("[^A-Za-z0-9]", "_") + "_" + index;
  }

  private static void compile(List<Sample> samples, Path out) throws IOException {
    List<Path> sources = new ArrayList<>();
    for (int i = 0; i < samples.size(); i++) {
      Sample s = samples.get(i);
      String name = className(s.page(), i);
      String source = String.join("\n", s.imports()) + "\n\npublic class " + name + " {\n"
          + "  public static void run() throws Exception {\n"
          + s.body().stream().map(l -> "    " + l).collect(Collectors.joining("\n"))
          + "\n  }\n}\n";
      sources.add(Files.writeString(out.resolve(name + ".java"), source));
    }
    String classPath;
    try (Stream<Path> jars = Files.list(Processes.moduleDir().resolve("target/notebook-libs"))) {
      classPath = jars.map(Path::toString).filter(p -> p.endsWith(".jar"))
          .collect(Collectors.joining(File.pathSeparator));
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter messages = new StringWriter();
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
      Iterable<? extends JavaFileObject> units = files.getJavaFileObjectsFromPaths(sources);
      boolean ok = javac.getTask(messages, files, null, List.of("-classpath", classPath, "-d",
          out.toString(), "-Xlint:all", "-proc:none"), null, units).call();
      assertTrue(ok, "a sample of " + samples.get(0).page() + " does not compile:\n" + messages
          + "\n" + sources.stream().map(p -> {
            try {
              return p + ":\n" + Files.readString(p);
            } catch (IOException e) {
              return p.toString();
            }
          }).collect(Collectors.joining("\n")));
    }
  }
}

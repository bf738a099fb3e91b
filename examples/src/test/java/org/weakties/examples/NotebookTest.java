package org.weakties.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Executes every notebook of {@code examples/notebooks} with {@code run-notebook.sh} (the Java kernel
 * on the examples' class path) into {@code examples/target/notebooks-out/}. A failing cell fails the
 * run; the executed notebook must then contain the values listed here for it. Skipped when
 * {@code jupyter} (Debian's jupyter-nbconvert) is not on the PATH.
 */
class NotebookTest {

  /** The whole run, kernel start-up retries included, may take this long. */
  private static final long TIMEOUT_SECONDS = 180;

  /** Text each notebook's outputs must contain (facts of the karate club and of the model). */
  private static final Map<String, List<String>> EXPECTED = Map.of(
      "weak-ties-of-your-network.ipynb", List.of(
          "34 people, 78 ties; interaction counts: true, last-contact times: true",
          "tie 0-1: embeddedness 7, overlap 0.4375, jaccard 0.3889, adamic-adar 6.1307",
          "person 0 reaches 9 friends of friends, person 33 6, person 11 15",
          "local bridge 0-11   span inf", "local bridge 0-31   span 3",
          "11 local bridges (1 global)", "image/png",
          "source,target,weight,embeddedness,overlap,jaccard,adamic_adar,resource_allocation,"
              + "tie_strength,tie_class"),
      "reproduce-the-inverted-u.ipynb", List.of(
          "8000 people",
          "model peak for ties of median intensity: 10 mutual connections",
          "quadratic turning point (MAXIMUM)",
          "inverted U significant: true", "inverted U significant: false", "image/png"));

  static Stream<String> notebooks() throws IOException {
    try (Stream<Path> files = Files.list(Processes.moduleDir().resolve("notebooks"))) {
      List<String> names = files.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".ipynb")).sorted().toList();
      assertFalse(names.isEmpty(), "no notebooks found");
      return names.stream();
    }
  }

  @ParameterizedTest
  @MethodSource("notebooks")
  void notebookRunsWithoutErrors(String name) throws Exception {
    assumeTrue(Processes.onPath("jupyter").isPresent(),
        "jupyter is not on the PATH: install Debian's jupyter-nbconvert and python3-ipykernel to run"
            + " the notebooks (see docs/notebooks.md)");
    Path module = Processes.moduleDir();
    assertTrue(Files.isDirectory(module.resolve("target/notebook-libs")),
        "examples/target/notebook-libs is missing; the build copies it in process-test-classes");
    Path out = module.resolve("target/notebooks-out").resolve(name);
    Processes.Run run = Processes.run(List.of("bash",
        module.resolve("notebooks/run-notebook.sh").toString(),
        module.resolve("notebooks").resolve(name).toString(), out.toString()), module,
        out.resolveSibling(name + ".run.log"), TIMEOUT_SECONDS);
    assertFalse(run.timedOut(), name + " did not finish within " + TIMEOUT_SECONDS + " s:\n"
        + run.output());
    assertEquals(0, run.exitCode(), name + " failed:\n" + run.output());
    String executed = Files.readString(out);
    assertFalse(executed.contains("\"output_type\": \"error\""), name + " has an error output");
    for (String text : EXPECTED.getOrDefault(name, List.of())) {
      assertTrue(executed.contains(text), name + " output lacks '" + text + "'");
    }
  }
}

package org.weakties.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Runs {@code examples/notebooks/first-steps.jsh} with {@code jshell --class-path <notebook-libs>}
 * from the notebooks folder and checks what it prints. jshell goes on after a failing snippet, so
 * the test also requires that nothing was reported as an error. Skipped when there is no jshell.
 */
class JShellScriptTest {

  @Test
  void firstStepsPrintTheKarateFacts() throws Exception {
    Optional<Path> jshell = Optional.of(Path.of(System.getProperty("java.home"), "bin", "jshell"))
        .filter(Files::isExecutable).or(() -> Processes.onPath("jshell"));
    assumeTrue(jshell.isPresent(), "no jshell in java.home/bin or on the PATH");
    Path module = Processes.moduleDir();
    String classPath;
    try (Stream<Path> jars = Files.list(module.resolve("target/notebook-libs"))) {
      classPath = jars.map(Path::toString).filter(s -> s.endsWith(".jar")).sorted()
          .collect(Collectors.joining(File.pathSeparator));
    }
    Processes.Run run = Processes.run(List.of(jshell.get().toString(), "--class-path", classPath,
        "first-steps.jsh"), module.resolve("notebooks"),
        module.resolve("target/notebooks-out/first-steps.jsh.log"), 120);
    String out = run.output();
    assertFalse(run.timedOut(), "jshell did not finish:\n" + out);
    assertEquals(0, run.exitCode(), out);
    for (String bad : List.of("Error:", "Exception", "cannot find symbol")) {
      assertFalse(out.contains(bad), "jshell reported '" + bad + "':\n" + out);
    }
    for (String text : List.of(
        "34 people, 78 ties; interaction counts: true, last-contact times: true, attributes: [club]",
        "39 strong and 39 weak ties",
        "tie 0-1: embeddedness 7, overlap 0.4375, jaccard 0.3889, adamic-adar 6.1307",
        "person 0 reaches 9 friends of friends, person 33 6, person 11 15",
        "  local bridge 0-11   span inf", "  local bridge 0-31   span 3",
        "11 local bridges (1 global)",
        "source,target,weight,embeddedness,overlap,jaccard,adamic_adar,resource_allocation,"
            + "tie_strength,tie_class",
        "0,1,4.0,7,0.4375,0.3888888888888889,6.130716871863356,2.05,")) {
      assertTrue(out.contains(text), "missing '" + text + "' in\n" + out);
    }
    Matcher chart = Pattern.compile("chart: (\\S+) \\((\\d+) bytes\\)").matcher(out);
    assertTrue(chart.find(), out);
    assertTrue(Long.parseLong(chart.group(2)) > 5_000, "chart too small: " + chart.group());
  }
}

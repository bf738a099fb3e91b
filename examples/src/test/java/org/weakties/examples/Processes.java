package org.weakties.examples;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Helpers for the tests that run external programs (jupyter, jshell). */
final class Processes {
  private Processes() {}

  /** The examples module folder (Surefire runs tests there and sets {@code basedir}). */
  static Path moduleDir() {
    return Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize();
  }

  /** An executable of this name on the PATH, if any. */
  static Optional<Path> onPath(String name) {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String dir : path.split(File.pathSeparator)) {
      Path p = Path.of(dir.isEmpty() ? "." : dir, name);
      if (Files.isRegularFile(p) && Files.isExecutable(p)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /** How a run ended. */
  record Run(int exitCode, boolean timedOut, String output) {}

  /**
   * Runs {@code command} in {@code dir} with stdin empty, stdout and stderr together in
   * {@code log}; kills the process and all its descendants after {@code timeoutSeconds}.
   */
  static Run run(List<String> command, Path dir, Path log, long timeoutSeconds)
      throws IOException, InterruptedException {
    Files.createDirectories(log.getParent());
    Process p = new ProcessBuilder(command).directory(dir.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    boolean done = p.waitFor(timeoutSeconds, TimeUnit.SECONDS);
    if (!done) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
      p.waitFor(10, TimeUnit.SECONDS);
    }
    return new Run(done ? p.exitValue() : -1, !done, Files.readString(log));
  }
}

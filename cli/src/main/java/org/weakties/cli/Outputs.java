package org.weakties.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Output-file helpers shared by the subcommands. */
final class Outputs {
  private Outputs() {}

  /** Creates the parent folders of {@code file}; a clear error when that is impossible. */
  static Path prepare(Path file) {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      try {
        Files.createDirectories(parent);
      } catch (IOException e) {
        throw new UserInputException("cannot create the folder " + parent + " for " + file + ": "
            + e.getMessage(), e);
      }
    }
    return file;
  }
}

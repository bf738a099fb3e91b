package org.weakties.cli;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.Arrays;
import org.weakties.exec.CancelledException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of the {@code weakties} command-line tool.
 *
 * <p>Exit status: 0 success; 1 an unexpected failure (a bug: rerun with {@code --verbose} and report
 * it); 2 a mistake in the input or options (one sentence on stderr, no stack trace unless
 * {@code --verbose}); 130 cancelled with Ctrl-C.
 */
@Command(name = "weakties", mixinStandardHelpOptions = true, version = "weakties 0.1.0-SNAPSHOT",
    description = "Social-network analysis of tie strength: the strength of weak ties made computable.",
    subcommands = {CommandLine.HelpCommand.class})
public final class Main implements Runnable {

  /** Exit status for a mistake in the input or options. */
  public static final int EXIT_INPUT = 2;
  /** Exit status for an unexpected failure. */
  public static final int EXIT_FAILURE = 1;
  /** Exit status after Ctrl-C. */
  public static final int EXIT_CANCELLED = 130;

  /** Runs the tool and exits with its status. */
  public static void main(String[] args) {
    int status = run(args);
    System.exit(status);
  }

  /** Runs the tool and returns its exit status (0 ok, 1 failure, 2 bad input, 130 cancelled). */
  public static int run(String... args) {
    CommandLine cl = commandLine();
    boolean verbose = Arrays.asList(args).contains("--verbose");
    cl.setExecutionExceptionHandler((ex, cmd, parseResult) -> handle(ex, cmd.getErr(), verbose));
    cl.setParameterExceptionHandler((ex, args1) -> {
      PrintWriter err = ex.getCommandLine().getErr();
      err.println("weakties: " + ex.getMessage() + " (see '"
          + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help')");
      return EXIT_INPUT;
    });
    Interrupts.install();
    try {
      return cl.execute(args);
    } finally {
      Interrupts.done();
    }
  }

  /** The picocli command tree (used by tests and documentation). */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Main());
    for (Object sub : Commands.all()) {
      cl.addSubcommand(sub);
    }
    return cl;
  }

  static int handle(Exception ex, PrintWriter err, boolean verbose) {
    Throwable t = ex;
    int status;
    String message;
    if (t instanceof CancelledException) {
      status = EXIT_CANCELLED;
      message = "cancelled: " + t.getMessage();
    } else if (isInputError(t)) {
      status = EXIT_INPUT;
      message = inputMessage(t);
    } else {
      status = EXIT_FAILURE;
      message = "unexpected failure: " + t + (verbose ? "" : " (rerun with --verbose for details)");
    }
    err.println("weakties: " + message);
    if (verbose) {
      t.printStackTrace(err);
    }
    err.flush();
    return status;
  }

  private static boolean isInputError(Throwable t) {
    if (t instanceof UncheckedIOException u) {
      t = u.getCause();
    }
    return t instanceof UserInputException || t instanceof IllegalArgumentException
        || t instanceof NoSuchFileException || t instanceof FileNotFoundException
        || t instanceof AccessDeniedException || t instanceof IOException
        || t.getClass().getName().equals("org.weakties.io.GraphFormatException");
  }

  private static String inputMessage(Throwable t) {
    if (t instanceof UncheckedIOException u) {
      t = u.getCause();
    }
    if (t instanceof NoSuchFileException nf) {
      return "file not found: " + nf.getFile();
    }
    if (t instanceof AccessDeniedException ad) {
      return "cannot read or write " + ad.getFile() + ": permission denied";
    }
    String m = t.getMessage();
    return m == null ? t.toString() : m;
  }

  @Override
  public void run() {
    commandLine().usage(System.out);
  }
}

package org.weakties.cli;

import java.io.PrintStream;
import java.util.Locale;
import org.weakties.exec.ProgressListener;

/**
 * Progress on stderr: a redrawn bar on a terminal, plain lines (every 10%) when stderr is not a
 * terminal, nothing with {@code --quiet}. Thread-safe.
 */
final class ConsoleProgress implements ProgressListener {
  private final PrintStream out;
  private final boolean terminal;
  private String step = "";
  private long total;
  private long done;
  private long startNanos;
  private int lastTenth;
  private long lastDraw;

  ConsoleProgress(PrintStream out, boolean terminal) {
    this.out = out;
    this.terminal = terminal;
  }

  /** A listener for the current process: silent when quiet, a bar when stderr is a terminal. */
  static ProgressListener forConsole(boolean quiet) {
    if (quiet) {
      return ProgressListener.NONE;
    }
    return new ConsoleProgress(System.err, System.console() != null);
  }

  @Override
  public synchronized void start(String name, long totalWork) {
    step = name;
    total = totalWork;
    done = 0;
    lastTenth = 0;
    startNanos = System.nanoTime();
    lastDraw = 0;
    if (terminal) {
      draw();
    } else {
      out.println("[weakties] " + step + " ...");
    }
  }

  @Override
  public synchronized void advance(long work) {
    done += work;
    if (total <= 0) {
      return;
    }
    if (terminal) {
      long now = System.nanoTime();
      if (now - lastDraw > 100_000_000L) {
        lastDraw = now;
        draw();
      }
    } else {
      int tenth = (int) Math.min(10, done * 10 / total);
      if (tenth > lastTenth && tenth < 10 && System.nanoTime() - startNanos > 2_000_000_000L) {
        lastTenth = tenth;
        out.println("[weakties] " + step + " " + tenth * 10 + "%");
      }
    }
  }

  @Override
  public synchronized void finish() {
    double secs = (System.nanoTime() - startNanos) / 1e9;
    if (terminal) {
      done = Math.max(done, total);
      draw();
      out.printf(Locale.ROOT, " %.1f s%n", secs);
    } else {
      out.printf(Locale.ROOT, "[weakties] %s done in %.1f s%n", step, secs);
    }
    out.flush();
  }

  private void draw() {
    int width = 30;
    String bar;
    if (total > 0) {
      int filled = (int) Math.min(width, done * width / Math.max(1, total));
      bar = "[" + "#".repeat(filled) + " ".repeat(width - filled) + "] "
          + String.format(Locale.ROOT, "%3d%%", (int) Math.min(100, done * 100 / Math.max(1, total)));
    } else {
      bar = "[working]";
    }
    out.print("\r" + String.format(Locale.ROOT, "%-28s", step) + " " + bar);
    out.flush();
  }
}

package org.weakties.exec;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A {@link ProgressListener} that prints plain lines: each step's start, a line at each further
 * tenth of its work (when the total is known), and its end with the elapsed seconds, for example
 * {@code [local bridges] 30%}. Meant for logs, notebooks and batch jobs; thread-safe, as parallel
 * kernels report from their worker threads.
 */
public final class PrintingProgress implements ProgressListener {
  private final PrintStream out;
  private final AtomicLong done = new AtomicLong();
  private volatile String step = "";
  private volatile long total = -1;
  private volatile long started;
  private int lastTenth;

  /** Prints to {@code out}. */
  public PrintingProgress(PrintStream out) {
    if (out == null) {
      throw new IllegalArgumentException("out must not be null");
    }
    this.out = out;
  }

  /** Prints to {@link System#err}. */
  public static PrintingProgress toStderr() {
    return new PrintingProgress(System.err);
  }

  @Override
  public synchronized void start(String name, long totalWork) {
    step = name;
    total = totalWork;
    done.set(0);
    lastTenth = 0;
    started = System.nanoTime();
    out.println("[" + name + "] started");
  }

  @Override
  public void advance(long work) {
    long now = done.addAndGet(work);
    long t = total;
    if (t > 0) {
      int tenth = (int) Math.min(10, 10 * now / t);
      synchronized (this) {
        if (tenth > lastTenth && tenth < 10) {
          lastTenth = tenth;
          out.println("[" + step + "] " + 10 * tenth + "%");
        }
      }
    }
  }

  @Override
  public void finish() {
    out.println(String.format(Locale.ROOT, "[%s] done in %.2f s", step,
        (System.nanoTime() - started) / 1e9));
  }
}

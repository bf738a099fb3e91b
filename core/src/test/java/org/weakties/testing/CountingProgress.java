package org.weakties.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.weakties.exec.ProgressListener;

/** A thread-safe progress listener that records steps and the work reported for the last one. */
public final class CountingProgress implements ProgressListener {
  private final List<String> steps = new ArrayList<>();
  private final List<Long> totals = new ArrayList<>();
  private final AtomicLong work = new AtomicLong();
  private int finished;

  @Override
  public synchronized void start(String step, long totalWork) {
    steps.add(step);
    totals.add(totalWork);
    work.set(0);
  }

  @Override
  public void advance(long w) {
    work.addAndGet(w);
  }

  @Override
  public synchronized void finish() {
    finished++;
  }

  /** Steps started, in order. */
  public synchronized List<String> steps() {
    return new ArrayList<>(steps);
  }

  /** Declared total work of each step. */
  public synchronized List<Long> totals() {
    return new ArrayList<>(totals);
  }

  /** Work reported since the last start. */
  public long work() {
    return work.get();
  }

  /** Number of finish calls. */
  public synchronized int finished() {
    return finished;
  }
}

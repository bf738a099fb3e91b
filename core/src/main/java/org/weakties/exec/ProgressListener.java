package org.weakties.exec;

/**
 * Receives progress reports from long-running algorithms.
 *
 * <p>Algorithms call {@link #start(String, long)} once per step, then {@link #advance(long)} every few
 * thousand units of work, then {@link #finish()}. Implementations must be thread-safe: parallel kernels
 * report from their worker threads. The default, {@link #NONE}, ignores every report, so an algorithm
 * never has to check for {@code null}.
 */
public interface ProgressListener {

  /** A listener that ignores every report. */
  ProgressListener NONE = new ProgressListener() {
    @Override
    public void start(String step, long totalWork) {}

    @Override
    public void advance(long work) {}

    @Override
    public void finish() {}
  };

  /**
   * A step begins.
   *
   * @param step a short human-readable name, for example {@code "tie strength"}
   * @param totalWork the number of work units the step will report, or {@code -1} when unknown
   */
  void start(String step, long totalWork);

  /** {@code work} more units of the current step are done. */
  void advance(long work);

  /** The current step has finished. */
  void finish();
}

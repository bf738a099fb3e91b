package org.weakties.bench;

import org.openjdk.jmh.infra.Blackhole;

/** A JMH blackhole for calling benchmark bodies outside JMH in the smoke tests. */
public final class Blackholes {
  private Blackholes() {}

  /** A new blackhole (JMH requires its acknowledgement phrase for direct construction). */
  public static Blackhole create() {
    return new Blackhole(
        "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
  }
}

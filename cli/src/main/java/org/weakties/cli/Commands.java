package org.weakties.cli;

import java.util.List;

/** The subcommands of the tool, in the order the help lists them. */
final class Commands {
  private Commands() {}

  static List<Object> all() {
    return List.of(new DemoCommand(), new AnalyzeCommand(), new GenerateCommand(),
        new InfoCommand(), new TiesCommand(), new ReachCommand(), new BridgesCommand(),
        new HolesCommand(), new PercolationCommand(), new CurveCommand(), SimulateCommand.spec(),
        new EgoCommand());
  }
}

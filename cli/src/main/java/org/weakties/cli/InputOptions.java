package org.weakties.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.weakties.graph.DuplicatePolicy;
import org.weakties.graph.SelfLoopPolicy;
import org.weakties.graph.SocialGraph;
import org.weakties.io.CsvOptions;
import org.weakties.io.EdgeListOptions;
import org.weakties.io.GraphFiles;
import org.weakties.io.GraphFormat;
import org.weakties.io.NodeAttributeOptions;
import org.weakties.io.NodeAttributeReader;
import picocli.CommandLine.Option;

/**
 * The input convention shared by every subcommand that reads a network (documented once, in
 * {@code docs/cli.md}).
 */
public final class InputOptions {

  @Option(names = "--input", required = true, paramLabel = "FILE",
      description = "Edge list: CSV/TSV (optionally .gz) with columns source,target[,weight]"
          + "[,interactions][,last_contact], or .graphml, .gml, .dot, .json.")
  Path input;

  @Option(names = "--delimiter", paramLabel = "CHAR", defaultValue = ",",
      description = "Field delimiter: one character, or 'tab', 'space' (default: ${DEFAULT-VALUE}; "
          + "tab for .tsv files; whitespace without a header, with # comments, for .txt, .edges "
          + "and .edgelist files).")
  String delimiter;

  @Option(names = "--no-header", description = "The file has no header row; columns are "
      + "source,target[,weight] by position.")
  boolean noHeader;

  @Option(names = "--source-column", paramLabel = "NAME", defaultValue = "source",
      description = "Source column (default: ${DEFAULT-VALUE}).")
  String sourceColumn;

  @Option(names = "--target-column", paramLabel = "NAME", defaultValue = "target",
      description = "Target column (default: ${DEFAULT-VALUE}).")
  String targetColumn;

  @Option(names = "--weight-column", paramLabel = "NAME", defaultValue = "weight",
      description = "Weight column (default: ${DEFAULT-VALUE}); 1.0 when the default column is "
          + "absent; a column named here must exist.")
  String weightColumn;

  @Option(names = "--time-column", paramLabel = "NAME", defaultValue = "last_contact",
      description = "Last-contact column in epoch seconds (default: ${DEFAULT-VALUE}); optional.")
  String timeColumn;

  @Option(names = "--count-column", paramLabel = "NAME", defaultValue = "interactions",
      description = "Interaction-count column (default: ${DEFAULT-VALUE}); optional.")
  String countColumn;

  @Option(names = "--duplicates", paramLabel = "POLICY", defaultValue = "sum",
      description = "Repeated edges: sum|max|first|reject (default: ${DEFAULT-VALUE}); the latest "
          + "last contact is kept.")
  String duplicates;

  @Option(names = "--self-loops", paramLabel = "POLICY", defaultValue = "reject",
      description = "Edges from a person to themself: reject|ignore (default: ${DEFAULT-VALUE}).")
  String selfLoops;

  @Option(names = "--nodes", paramLabel = "FILE",
      description = "Node attributes CSV: node,key1,key2,... (e.g. industry, digital).")
  Path nodes;

  /** The reader options these flags describe. */
  EdgeListOptions edgeListOptions() {
    CsvOptions csv = csvOptions(input);
    return EdgeListOptions.defaults().withCsv(csv).withSourceColumn(sourceColumn)
        .withTargetColumn(targetColumn).withWeightColumn(weightColumn)
        .withTimeColumn(timeColumn).withCountColumn(countColumn)
        .withDuplicates(duplicatePolicy(duplicates)).withSelfLoops(selfLoopPolicy(selfLoops));
  }

  /**
   * The dialect of {@code file}: by default comma-separated with a header, tab-separated for
   * {@code .tsv}/{@code .tab}, and for {@code .txt}/{@code .edges}/{@code .edgelist} the plain edge
   * list of {@link GraphFormat#TXT} (whitespace-separated, no header, {@code #} comments), unless
   * {@code --delimiter} says otherwise.
   */
  CsvOptions csvOptions(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".gz")) {
      name = name.substring(0, name.length() - 3);
    }
    boolean byDefault = ",".equals(delimiter);
    if (byDefault && (name.endsWith(".txt") || name.endsWith(".edges")
        || name.endsWith(".edgelist"))) {
      return CsvOptions.whitespace();
    }
    boolean tsv = name.endsWith(".tsv") || name.endsWith(".tab");
    CsvOptions csv = tsv && byDefault ? CsvOptions.tsv() : CsvOptions.defaults()
        .withDelimiter(delimiterChar(delimiter));
    return csv.withHeader(!noHeader);
  }

  static char delimiterChar(String d) {
    switch (d.toLowerCase(Locale.ROOT)) {
      case "tab", "\\t":
        return '\t';
      case "space", "whitespace":
        return CsvOptions.WHITESPACE;
      default:
        if (d.length() != 1) {
          throw new UserInputException("--delimiter must be one character, 'tab' or 'space', got '"
              + d + "'");
        }
        return d.charAt(0);
    }
  }

  static DuplicatePolicy duplicatePolicy(String s) {
    return switch (s.toLowerCase(Locale.ROOT)) {
      case "sum" -> DuplicatePolicy.SUM;
      case "max" -> DuplicatePolicy.MAX;
      case "first" -> DuplicatePolicy.FIRST;
      case "reject" -> DuplicatePolicy.REJECT;
      default -> throw new UserInputException("--duplicates must be sum, max, first or reject, got '"
          + s + "'");
    };
  }

  static SelfLoopPolicy selfLoopPolicy(String s) {
    return switch (s.toLowerCase(Locale.ROOT)) {
      case "reject" -> SelfLoopPolicy.REJECT;
      case "ignore" -> SelfLoopPolicy.IGNORE;
      default -> throw new UserInputException("--self-loops must be reject or ignore, got '" + s
          + "'");
    };
  }

  /**
   * A weight, time or count column named on the command line (anything but its default name) must
   * exist in the header of a delimited edge list: without this check a misspelt
   * {@code --weight-column} would silently give every tie weight 1.0.
   */
  private void requireNamedColumns(EdgeListOptions options) throws IOException {
    if (!options.csv().header() || !GraphFormat.of(input).isEdgeList()) {
      return;
    }
    String[][] named = {
        {"--weight-column", weightColumn, EdgeListOptions.DEFAULT_WEIGHT_COLUMN},
        {"--time-column", timeColumn, EdgeListOptions.DEFAULT_TIME_COLUMN},
        {"--count-column", countColumn, EdgeListOptions.DEFAULT_COUNT_COLUMN}};
    String[] header = null;
    for (String[] n : named) {
      if (n[1] == null || n[1].equals(n[2])) {
        continue;
      }
      if (header == null) {
        header = CsvRecords.header(input, options.csv().delimiter());
        if (header == null) {
          return; // an empty file: the reader reports it
        }
      }
      if (CsvRecords.find(header, n[1]) < 0) {
        throw new UserInputException(CsvRecords.fileName(input) + " has no column '" + n[1]
            + "' (given with " + n[0] + "); its columns are " + String.join(", ", header));
      }
    }
  }

  /** Reads the network (and node attributes when {@code --nodes} is given). */
  SocialGraph load() throws IOException {
    if (!Files.exists(input)) {
      throw new UserInputException("input file not found: " + input);
    }
    EdgeListOptions options = edgeListOptions();
    requireNamedColumns(options);
    SocialGraph g = GraphFiles.read(input, options);
    if (nodes != null) {
      if (!Files.exists(nodes)) {
        throw new UserInputException("node attribute file not found: " + nodes);
      }
      g = NodeAttributeReader.attach(g, nodes,
          NodeAttributeOptions.defaults().withCsv(csvOptions(nodes)));
    }
    return g;
  }
}

package org.weakties.io;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The graph file formats of {@link GraphFiles}, recognised by file-name extension (a trailing
 * {@code .gz} is ignored for recognition and means gzip compression).
 */
public enum GraphFormat {
  /** Comma-separated edge list with a header ({@code .csv}). */
  CSV("CSV", true, ".csv"),
  /** Tab-separated edge list with a header ({@code .tsv}, {@code .tab}). */
  TSV("TSV", true, ".tsv", ".tab"),
  /**
   * Whitespace-separated edge list without header, {@code #} comments ({@code .txt}, {@code .edges},
   * {@code .edgelist}; the SNAP style).
   */
  TXT("whitespace-separated edge list", true, ".txt", ".edges", ".edgelist"),
  /** GraphML ({@code .graphml}, {@code .xml}). */
  GRAPHML("GraphML", false, ".graphml", ".xml"),
  /** GML ({@code .gml}). */
  GML("GML", false, ".gml"),
  /** Graphviz DOT ({@code .dot}, {@code .gv}). */
  DOT("DOT", false, ".dot", ".gv"),
  /** JGraphT's JSON: {@code {"nodes":[{"id":..}], "edges":[{"source":..,"target":..}]}} ({@code .json}). */
  JSON("JSON", false, ".json");

  private final String displayName;
  private final boolean edgeList;
  private final String[] extensions;

  GraphFormat(String displayName, boolean edgeList, String... extensions) {
    this.displayName = displayName;
    this.edgeList = edgeList;
    this.extensions = extensions;
  }

  /** A readable name for messages. */
  public String displayName() {
    return displayName;
  }

  /** Whether this is a delimited edge-list format read by {@link EdgeListReader}. */
  public boolean isEdgeList() {
    return edgeList;
  }

  /** The file-name extensions of this format, with the dot. */
  public String[] extensions() {
    return extensions.clone();
  }

  /**
   * The options a file of this format is read and written with when none are given: the CSV
   * dialect of the format and the default column names and policies.
   */
  public EdgeListOptions defaultOptions() {
    EdgeListOptions d = EdgeListOptions.defaults();
    return switch (this) {
      case TSV -> d.withCsv(CsvOptions.tsv());
      case TXT -> d.withCsv(CsvOptions.whitespace());
      default -> d;
    };
  }

  /** The format of a path by its file name. */
  public static GraphFormat of(Path path) {
    return ofFileName(Streams.name(path));
  }

  /**
   * The format of a file name, ignoring case and a trailing {@code .gz}.
   *
   * @throws IllegalArgumentException when the extension is not one of the known ones
   */
  public static GraphFormat ofFileName(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.endsWith(".gz")) {
      n = n.substring(0, n.length() - 3);
    }
    for (GraphFormat f : values()) {
      for (String x : f.extensions) {
        if (n.endsWith(x)) {
          return f;
        }
      }
    }
    throw new IllegalArgumentException("cannot tell the format of '" + name + "' from its name;"
        + " known extensions: .csv .tsv .tab .txt .edges .edgelist .graphml .xml .gml .dot .gv"
        + " .json (each optionally followed by .gz)");
  }
}

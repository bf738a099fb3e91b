package org.weakties.io;

import java.util.Objects;

/**
 * How a node-attribute table ({@code node,key1,key2,...}) is read and written.
 *
 * <p>The file must have a header. The column named {@code nodeColumn} holds node labels; every other
 * column is an attribute whose key is the column name. An empty unquoted cell means "no value"
 * (null); a quoted empty cell {@code ""} is the empty string.
 *
 * @param csv the CSV dialect (its header flag must be true); default {@link CsvOptions#defaults()}
 * @param nodeColumn name of the node-label column; default {@link #DEFAULT_NODE_COLUMN}
 * @param ignoreUnknownNodes whether rows for nodes the graph does not have are skipped (true) or an
 *     error (false); default {@link #DEFAULT_IGNORE_UNKNOWN_NODES}
 */
public record NodeAttributeOptions(CsvOptions csv, String nodeColumn, boolean ignoreUnknownNodes) {

  /** Default node column name. */
  public static final String DEFAULT_NODE_COLUMN = "node";
  /** Default: a row for an unknown node is an error (it usually means mismatched files). */
  public static final boolean DEFAULT_IGNORE_UNKNOWN_NODES = false;

  /** Validates the options. */
  public NodeAttributeOptions {
    Objects.requireNonNull(csv, "csv");
    if (!csv.header()) {
      throw new IllegalArgumentException("a node-attribute file needs a header naming its columns;"
          + " use a CsvOptions with header = true");
    }
    if (nodeColumn == null || nodeColumn.isBlank()) {
      throw new IllegalArgumentException("nodeColumn must be a non-blank column name");
    }
  }

  /** Comma-separated, node column "node", unknown nodes are an error. */
  public static NodeAttributeOptions defaults() {
    return new NodeAttributeOptions(CsvOptions.defaults(), DEFAULT_NODE_COLUMN,
        DEFAULT_IGNORE_UNKNOWN_NODES);
  }

  /** A copy with another CSV dialect. */
  public NodeAttributeOptions withCsv(CsvOptions c) {
    return new NodeAttributeOptions(c, nodeColumn, ignoreUnknownNodes);
  }

  /** A copy with another node column name. */
  public NodeAttributeOptions withNodeColumn(String name) {
    return new NodeAttributeOptions(csv, name, ignoreUnknownNodes);
  }

  /** A copy that skips (or rejects) rows of unknown nodes. */
  public NodeAttributeOptions withIgnoreUnknownNodes(boolean ignore) {
    return new NodeAttributeOptions(csv, nodeColumn, ignore);
  }
}

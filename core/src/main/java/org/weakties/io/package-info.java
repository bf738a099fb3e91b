/**
 * Reading and writing graphs and results: edge lists (CSV, TSV, whitespace-separated, optionally
 * gzip-compressed), node-attribute tables, score tables (CSV and JSON), and GraphML, GML, DOT and JSON
 * graphs through jgrapht-io.
 *
 * <h2>Entry points</h2>
 * <ul>
 *   <li>{@link org.weakties.io.GraphFiles}: read or write a graph, format chosen by file name
 *       ({@link org.weakties.io.GraphFormat}).</li>
 *   <li>{@link org.weakties.io.EdgeListReader} / {@link org.weakties.io.EdgeListWriter}: streaming
 *       edge lists, configured by {@link org.weakties.io.EdgeListOptions} (columns, policies) and
 *       {@link org.weakties.io.CsvOptions} (dialect).</li>
 *   <li>{@link org.weakties.io.NodeAttributeReader} / {@link org.weakties.io.NodeAttributeWriter}:
 *       {@code node,key1,key2,...} tables ({@link org.weakties.io.NodeAttributeOptions}).</li>
 *   <li>{@link org.weakties.io.ScoreTableWriter}: the {@code toTable()} of any result, per edge as
 *       {@code source,target,...} in input order, per node as {@code node,...}.</li>
 *   <li>{@link org.weakties.io.NumberText}: the shortest round-trip number text used everywhere.</li>
 * </ul>
 *
 * <h2>Conventions</h2>
 * Files are UTF-8 (invalid UTF-8 is an error); a name ending with {@code .gz} means gzip. Node labels
 * read from files are Strings, never re-parsed ({@code "007"} stays {@code "007"}). Every problem with
 * the content of a file is a {@link org.weakties.io.GraphFormatException} naming file, line, column,
 * offending text and what is allowed, and no partial graph is ever returned; I/O failures stay
 * {@link java.io.IOException}s; bad arguments are {@link IllegalArgumentException}s. GraphML input may
 * not contain a DOCTYPE: jgrapht-io 1.5.3's GraphML importer resolves external entities (XXE) with its
 * default SAX parser, so the input is screened before it reaches that parser.
 *
 * <h2>Measured (JDK 17, 2-core machine shared with other jobs, load about 6)</h2>
 * <ul>
 *   <li>Reading an edge list: 1M edges (100k nodes, 13 MB) in 0.6 s (1.7 s on a cold JVM); 10M
 *       edges (1M nodes, 150 MB) in 7 s wall, 4 s of CPU, within {@code -Xmx800m} (the graph itself
 *       takes 270 MB).</li>
 *   <li>Writing the 10M-edge list back in input order: 11 s wall, 7 s of CPU when the input order is
 *       random (cache misses dominate); about 3 s of CPU when rows come in edge-id order. gzip output
 *       uses the fastest deflate level (about 1 more s of CPU per 10M rows).</li>
 *   <li>{@link org.weakties.io.NumberText#format(double)}: 120-170 ns per number, the same as
 *       {@code Double.toString}.</li>
 * </ul>
 * {@code IoTimings} in the test sources reproduces the edge-list numbers.
 *
 * <h2>Fuzzing</h2>
 * {@code CsvReaderFuzzTest} and {@code GraphMLReaderFuzzTest} (test sources) run on their committed
 * seeds in every {@code mvn test}. To fuzz for longer (60 s each by default):
 * <pre>
 * JAZZER_FUZZ=1 mvn -pl core test -Dtest=CsvReaderFuzzTest
 * JAZZER_FUZZ=1 mvn -pl core test -Dtest=GraphMLReaderFuzzTest
 * </pre>
 * Findings are written to {@code core/src/test/resources/org/weakties/io/<Class>Inputs/<method>/};
 * commit them with the fix. The generated corpus goes to {@code core/.cifuzz-corpus/} (ignored).
 *
 * <p>May import: {@code org.weakties.graph}, {@code org.weakties.exec}, {@code org.weakties.internal},
 * JGraphT (jgrapht-core, jgrapht-io) and the JDK.
 */
package org.weakties.io;

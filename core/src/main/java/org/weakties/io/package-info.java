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
 * <h2>Measured (2-core machine shared with other jobs, JDK 17, -Xmx3g)</h2>
 * Reading an edge list of 1M edges (100k nodes, 27 MB) takes about 1 s, of 10M edges (1M nodes, 290
 * MB) about 10 s, with a peak heap of about 1.3 GB for 10M edges. The command that reproduces this is
 * in {@code IoTimings} in the test sources.
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

/**
 * The JVM side of the side-by-side peer comparison: {@link org.weakties.bench.peers.PeerTask} runs
 * one task of weakties or JGraphT on one edge list and prints one JSON line, the format of
 * {@code benchmarks/peers/peer_tasks.py} (igraph, NetworkX). {@code benchmarks/peers.sh} drives both
 * and {@code benchmarks/peers/report.py} checks that the answers agree and writes the table.
 *
 * <p>May import: {@code org.weakties.bench}, every exported package of core, and JGraphT.
 */
package org.weakties.bench.peers;

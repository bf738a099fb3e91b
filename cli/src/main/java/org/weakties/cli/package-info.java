/**
 * The {@code weakties} command-line tool (picocli): one subcommand per analysis, one input/output
 * convention for all of them (see {@code docs/cli.md}), exit status 2 with one sentence for input
 * mistakes, progress on stderr, Ctrl-C stops cleanly.
 */
package org.weakties.cli;

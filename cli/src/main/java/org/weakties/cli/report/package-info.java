/**
 * The user-facing report: charts rendered to PNG with XChart ({@link org.weakties.cli.report.Plots})
 * and the self-contained HTML page ({@link org.weakties.cli.report.HtmlReport}).
 */
package org.weakties.cli.report;

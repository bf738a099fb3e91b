package org.weakties.cli.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

/**
 * A small builder for the self-contained HTML report: headings, paragraphs, tables and PNG charts
 * embedded as data URIs, so {@code index.html} opens offline with no other file. Text is escaped.
 */
public final class HtmlReport {
  private final StringBuilder body = new StringBuilder();
  private final StringBuilder toc = new StringBuilder();
  private final String title;
  private int sections;

  /** Starts a report with a title. */
  public HtmlReport(String title) {
    this.title = title;
  }

  /** Escapes text for HTML. */
  public static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /** Starts a section with a heading (listed in the table of contents). */
  public HtmlReport section(String heading) {
    sections++;
    String id = "s" + sections;
    toc.append("<li><a href=\"#").append(id).append("\">").append(esc(heading)).append("</a></li>\n");
    body.append("<h2 id=\"").append(id).append("\">").append(esc(heading)).append("</h2>\n");
    return this;
  }

  /** A paragraph of plain text. */
  public HtmlReport paragraph(String text) {
    body.append("<p>").append(esc(text)).append("</p>\n");
    return this;
  }

  /** A paragraph of trusted HTML (the caller escapes any data in it). */
  public HtmlReport html(String html) {
    body.append(html).append('\n');
    return this;
  }

  /** A table with a header row; cells are escaped; numeric-looking cells are right-aligned. */
  public HtmlReport table(List<String> header, List<List<String>> rows) {
    body.append("<table><thead><tr>");
    for (String h : header) {
      body.append("<th>").append(esc(h)).append("</th>");
    }
    body.append("</tr></thead><tbody>\n");
    for (List<String> r : rows) {
      body.append("<tr>");
      for (String c : r) {
        boolean num = c.matches("[-+]?[0-9.eE+-]+%?|NaN|inf|-inf");
        body.append(num ? "<td class=\"n\">" : "<td>").append(esc(c)).append("</td>");
      }
      body.append("</tr>\n");
    }
    body.append("</tbody></table>\n");
    return this;
  }

  /** Embeds a PNG file as an image with a caption. */
  public HtmlReport image(Path png, String caption) throws IOException {
    String data = Base64.getEncoder().encodeToString(Files.readAllBytes(png));
    body.append("<figure><img alt=\"").append(esc(caption)).append("\" src=\"data:image/png;base64,")
        .append(data).append("\"><figcaption>").append(esc(caption)).append(" (<a href=\"")
        .append(esc(png.getFileName().toString())).append("\">")
        .append(esc(png.getFileName().toString())).append("</a>)</figcaption></figure>\n");
    return this;
  }

  /** The whole document. */
  public String render() {
    return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>" + esc(title)
        + "</title>\n<style>\n"
        + "body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;max-width:1000px;"
        + "margin:2em auto;padding:0 1em;color:#222;line-height:1.45}\n"
        + "h1{border-bottom:2px solid #d62728}h2{margin-top:2em;border-bottom:1px solid #ddd}\n"
        + "table{border-collapse:collapse;margin:1em 0;font-size:.92em}"
        + "th,td{border:1px solid #ccc;padding:.25em .6em}th{background:#f3f3f3}"
        + "td.n{text-align:right;font-variant-numeric:tabular-nums}\n"
        + "figure{margin:1em 0}img{max-width:100%;border:1px solid #eee}"
        + "figcaption{color:#555;font-size:.9em}\n.note{color:#555}\n"
        + "</style></head><body>\n<h1>" + esc(title) + "</h1>\n<nav><ol>\n" + toc
        + "</ol></nav>\n" + body + "</body></html>\n";
  }

  /** Writes the document to a file (UTF-8). */
  public void write(Path file) throws IOException {
    if (file.getParent() != null) {
      Files.createDirectories(file.getParent());
    }
    Files.writeString(file, render(), StandardCharsets.UTF_8);
  }
}

package org.weakties.io;

import java.io.EOFException;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipException;
import org.jgrapht.Graph;
import org.jgrapht.alg.util.Pair;
import org.jgrapht.alg.util.Triple;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.BaseEventDrivenImporter;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.GraphExporter;
import org.jgrapht.nio.dot.DOTEventDrivenImporter;
import org.jgrapht.nio.dot.DOTExporter;
import org.jgrapht.nio.gml.GmlEventDrivenImporter;
import org.jgrapht.nio.gml.GmlExporter;
import org.jgrapht.nio.graphml.GraphMLEventDrivenImporter;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.jgrapht.nio.json.JSONEventDrivenImporter;
import org.jgrapht.nio.json.JSONExporter;
import org.weakties.graph.EdgeRejectedException;
import org.weakties.graph.JGraphTAdapter;
import org.weakties.graph.NodeAttributes;
import org.weakties.graph.SocialGraph;
import org.weakties.graph.SocialGraphBuilder;
import org.xml.sax.SAXParseException;

/**
 * GraphML, GML, DOT and JSON through jgrapht-io's event-driven importers and its exporters. The
 * whole document is held in memory while reading (these formats are for small and medium graphs;
 * use an edge list for large ones). See {@link GraphFiles} for the mapping of attributes.
 */
final class JGraphTFormats {
  private JGraphTFormats() {}

  private static final Pattern ANTLR_POSITION = Pattern.compile("line (\\d+):(\\d+)");
  /** The random id jgrapht-io's JSON importer invents for a node without "id". */
  private static final Pattern JSON_SINGLETON = Pattern.compile(
      "Singleton_[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}_\\d+");

  // ------------------------------------------------------------------ reading

  static SocialGraph read(Reader input, String name, GraphFormat format, EdgeListOptions o)
      throws IOException {
    Collected c = new Collected(format);
    try {
      PushbackReader in = new PushbackReader(input, 1);
      int first = in.read();
      if (first >= 0 && first != '\uFEFF') {
        in.unread(first); // a leading byte-order mark is dropped; the parsers reject it
      }
      switch (format) {
        case GRAPHML -> {
          GraphMLEventDrivenImporter imp = new GraphMLEventDrivenImporter();
          imp.setSchemaValidation(false);
          c.listen(imp);
          imp.importInput(new XmlGuardReader(in));
        }
        case GML -> {
          GmlEventDrivenImporter imp = new GmlEventDrivenImporter();
          c.listen(imp);
          imp.importInput(new StringReader(plainGmlNumbers(readAll(in))));
        }
        case DOT -> {
          DOTEventDrivenImporter imp = new DOTEventDrivenImporter();
          c.listen(imp);
          imp.importInput(in);
        }
        case JSON -> {
          JSONEventDrivenImporter imp = new JSONEventDrivenImporter();
          c.listen(imp);
          imp.importInput(in);
        }
        default -> throw new IllegalArgumentException(format + " is not read through JGraphT");
      }
    } catch (GraphFormatException e) {
      throw e;
    } catch (IOException | RuntimeException | StackOverflowError e) {
      IOException io = plainIoCause(e);
      if (io != null) {
        throw io;
      }
      throw importError(name, format, e);
    }
    return c.build(name, o);
  }

  /** An I/O failure (not a content problem) somewhere in the cause chain, or null. */
  private static IOException plainIoCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof IOException io && !(t instanceof XmlGuardReader.Refused)
          && !(t instanceof CharacterCodingException) && !(t instanceof ZipException)
          && !(t instanceof EOFException)) {
        return io;
      }
    }
    return null;
  }

  /** Turns whatever an importer threw into a GraphFormatException with the best position known. */
  private static GraphFormatException importError(String name, GraphFormat format, Throwable e) {
    if (e instanceof StackOverflowError) {
      return new GraphFormatException(name, 0, null, 0, null, null,
          "is nested too deeply to parse", "a " + format.displayName() + " document of moderate"
              + " nesting depth", null);
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof XmlGuardReader.Refused r) {
        return new GraphFormatException(name, r.line, null, 0, null, r.text,
            "is a DOCTYPE or other markup declaration, which GraphML input may not contain"
                + " (external entities are never resolved)",
            "a GraphML document without DOCTYPE", e);
      }
      if (t instanceof CharacterCodingException) {
        return new GraphFormatException(name, 0, null, 0, null, null,
            "is not valid UTF-8 text (" + t.getClass().getSimpleName() + ")",
            "UTF-8 text; convert the file, e.g. with iconv -t UTF-8", e);
      }
      if (t instanceof ZipException || t instanceof EOFException) {
        return Streams.corrupt(name, 0, (IOException) t);
      }
      if (t instanceof SAXParseException s) {
        return new GraphFormatException(name, Math.max(0, s.getLineNumber()), null,
            Math.max(0, s.getColumnNumber()), null, null,
            "is not well-formed XML: " + s.getMessage(), "a well-formed GraphML document", e);
      }
    }
    long line = 0;
    int col = 0;
    StringBuilder msg = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      String m = t.getMessage();
      if (m == null) {
        continue;
      }
      if (line == 0) {
        Matcher mm = ANTLR_POSITION.matcher(m);
        if (mm.find()) {
          try {
            line = Long.parseLong(mm.group(1));
            col = Integer.parseInt(mm.group(2)) + 1;
          } catch (NumberFormatException ignored) {
            line = 0;
          }
        }
      }
      if (msg.indexOf(m) < 0) {
        if (msg.length() > 0) {
          msg.append(": ");
        }
        msg.append(m);
      }
    }
    if (msg.length() == 0) {
      msg.append(e.getClass().getSimpleName());
    }
    return new GraphFormatException(name, line, null, col, null, null,
        "cannot be read as " + format.displayName() + " (" + msg + ")",
        "a valid " + format.displayName() + " document", e);
  }

  /** One node as the importer described it. */
  private static final class NodeRec {
    final Object key;
    final Map<String, String> attrs = new LinkedHashMap<>();

    NodeRec(Object key) {
      this.key = key;
    }
  }

  /** One edge as the importer described it. */
  private static final class EdgeRec {
    final Object source;
    final Object target;
    final Map<String, String> attrs = new HashMap<>();

    EdgeRec(Object source, Object target) {
      this.source = source;
      this.target = target;
    }
  }

  /** Everything an importer reported, in document order. */
  private static final class Collected {
    private final GraphFormat format;
    private final Map<Object, NodeRec> nodes = new LinkedHashMap<>();
    private final List<EdgeRec> edges = new ArrayList<>();
    private final Map<Object, EdgeRec> byEdge = new IdentityHashMap<>();

    Collected(GraphFormat format) {
      this.format = format;
    }

    <V, E> void listen(BaseEventDrivenImporter<V, E> imp) {
      imp.addVertexConsumer(this::node);
      imp.addVertexAttributeConsumer((p, a) -> node(p.getFirst()).attrs.put(p.getSecond(), value(a)));
      imp.addVertexWithAttributesConsumer((v, m) -> {
        NodeRec r = node(v);
        m.forEach((k, a) -> r.attrs.put(k, value(a)));
      });
      imp.addEdgeConsumer(this::edge);
      imp.addEdgeAttributeConsumer((p, a) -> edge(p.getFirst()).attrs.put(p.getSecond(), value(a)));
      imp.addEdgeWithAttributesConsumer((e, m) -> {
        EdgeRec r = edge(e);
        m.forEach((k, a) -> r.attrs.put(k, value(a)));
      });
    }

    private NodeRec node(Object key) {
      return nodes.computeIfAbsent(key, NodeRec::new);
    }

    private EdgeRec edge(Object e) {
      EdgeRec r = byEdge.get(e);
      if (r == null) {
        Object s;
        Object t;
        if (e instanceof Triple<?, ?, ?> tr) {
          s = tr.getFirst();
          t = tr.getSecond();
        } else if (e instanceof Pair<?, ?> p) {
          s = p.getFirst();
          t = p.getSecond();
        } else {
          throw new IllegalStateException("unexpected edge type " + e.getClass().getName());
        }
        if (s == null || t == null) {
          throw new IllegalArgumentException("edge without " + (s == null ? "source" : "target"));
        }
        r = new EdgeRec(s, t);
        byEdge.put(e, r);
        edges.add(r);
      }
      return r;
    }

    private static String value(Attribute a) {
      return a == null || a.getType() == AttributeType.NULL ? null : a.getValue();
    }

    SocialGraph build(String name, EdgeListOptions o) {
      SocialGraphBuilder b = SocialGraph.builder().duplicates(o.duplicates())
          .selfLoops(o.selfLoops());
      for (EdgeRec e : edges) { // endpoints never declared as nodes become nodes after the others
        node(e.source);
        node(e.target);
      }
      Map<Object, String> label = new HashMap<>();
      Map<String, Object> owner = new HashMap<>();
      int index = 0;
      for (NodeRec r : nodes.values()) {
        index++;
        String l = r.key.toString();
        if (format == GraphFormat.JSON && JSON_SINGLETON.matcher(l).matches()) {
          throw new GraphFormatException(name, 0, null, 0, "node #" + index, null,
              "has no \"id\"", "an \"id\" for every node (the label of the node)", null);
        }
        if (format == GraphFormat.GML && r.attrs.get("label") != null) {
          l = r.attrs.remove("label");
        }
        Object prev = owner.putIfAbsent(l, r.key);
        if (prev != null) {
          throw new GraphFormatException(name, 0, null, 0, "node " + r.key, l,
              "is also the label of node " + prev, "distinct node labels", null);
        }
        label.put(r.key, l);
        b.addNode(l);
        for (Map.Entry<String, String> a : r.attrs.entrySet()) {
          if (a.getValue() != null) {
            b.nodeAttribute(l, a.getKey(), a.getValue());
          }
        }
      }
      int k = 0;
      for (EdgeRec e : edges) {
        String u = label.get(e.source);
        String v = label.get(e.target);
        String where = "edge #" + (k + 1) + " '" + u + "' -- '" + v + "'";
        double w = 1.0;
        String ws = o.weightColumn() == null ? null : e.attrs.get(o.weightColumn());
        if (ws != null) {
          w = number(name, where, o.weightColumn(), ws, "a finite number > 0");
          if (!(w > 0) || Double.isInfinite(w)) {
            throw attributeError(name, where, o.weightColumn(), ws,
                "is not allowed as a weight", "a finite number > 0");
          }
        }
        double c = Double.NaN;
        String cs = o.countColumn() == null ? null : e.attrs.get(o.countColumn());
        if (cs != null && !cs.isBlank()) {
          c = number(name, where, o.countColumn(), cs, "a finite number >= 0");
          if (c < 0 || Double.isInfinite(c)) {
            throw attributeError(name, where, o.countColumn(), cs,
                "is not allowed as an interaction count", "a finite number >= 0");
          }
        }
        long t = SocialGraph.NO_TIME;
        String ts = o.timeColumn() == null ? null : e.attrs.get(o.timeColumn());
        if (ts != null && !ts.isBlank()) {
          try {
            t = NumberText.parseLong(ts.strip());
          } catch (NumberFormatException ex) {
            throw attributeError(name, where, o.timeColumn(), ts, "is not a whole number",
                "a last-contact time in whole epoch seconds");
          }
          if (t == SocialGraph.NO_TIME) {
            throw attributeError(name, where, o.timeColumn(), ts,
                "is reserved for unknown times", "a last-contact time in whole epoch seconds");
          }
        }
        b.addEdge(u, v, w, c, t);
        k++;
      }
      try {
        return b.build();
      } catch (EdgeRejectedException ex) {
        throw new GraphFormatException(name, 0, null, 0, "edge #" + (ex.position() + 1), null,
            "is rejected: " + ex.getMessage(), null, ex);
      }
    }

    private static double number(String name, String where, String key, String s,
        String expected) {
      try {
        return NumberText.parseDouble(s.strip());
      } catch (NumberFormatException ex) {
        throw attributeError(name, where, key, s, "is not a number", expected);
      }
    }

    private static GraphFormatException attributeError(String name, String where, String key,
        String text, String problem, String expected) {
      return new GraphFormatException(name, 0, null, 0, where + ", attribute '" + key + "'", text,
          problem, expected, null);
    }
  }

  // ------------------------------------------------------------------ writing

  static void write(SocialGraph g, Writer out, GraphFormat format, EdgeListOptions o)
      throws IOException {
    Graph<Object, Integer> view = JGraphTAdapter.asJGraphT(g);
    NodeAttributes na = g.nodeAttributes();
    List<String> keys = na.keys();
    String[][] cols = new String[keys.size()][];
    for (int i = 0; i < cols.length; i++) {
      cols[i] = na.column(keys.get(i));
    }
    String wName = o.weightColumn() == null ? EdgeListOptions.DEFAULT_WEIGHT_COLUMN
        : o.weightColumn();
    String cName = g.hasInteractions() ? o.countColumn() : null;
    String tName = g.hasLastContact() ? o.timeColumn() : null;
    checkNames(format, keys, wName, cName, tName);
    boolean weightAttr = format != GraphFormat.GRAPHML; // GraphMLExporter writes weights itself
    Function<Integer, Map<String, Attribute>> edgeAttrs = e -> {
      Map<String, Attribute> m = new LinkedHashMap<>();
      if (weightAttr) {
        m.put(wName, new DefaultAttribute<>(NumberText.format(g.weight(e)),
            AttributeType.DOUBLE));
      }
      if (cName != null && !Double.isNaN(g.interactions(e))) {
        m.put(cName, new DefaultAttribute<>(NumberText.format(g.interactions(e)),
            AttributeType.DOUBLE));
      }
      if (tName != null && g.lastContact(e) != SocialGraph.NO_TIME) {
        m.put(tName, DefaultAttribute.createAttribute(g.lastContact(e)));
      }
      return m;
    };
    Function<Object, Map<String, Attribute>> nodeAttrs = v -> {
      int id = g.id(v);
      Map<String, Attribute> m = new LinkedHashMap<>();
      for (int i = 0; i < cols.length; i++) {
        if (cols[i][id] != null) {
          m.put(keys.get(i), DefaultAttribute.createAttribute(cols[i][id]));
        }
      }
      return m;
    };
    GraphExporter<Object, Integer> ex;
    switch (format) {
      case GRAPHML -> {
        GraphMLExporter<Object, Integer> x = new GraphMLExporter<>(String::valueOf);
        x.setEdgeWeightAttributeName(wName);
        x.setExportEdgeWeights(true);
        if (cName != null) {
          x.registerAttribute(cName, GraphMLExporter.AttributeCategory.EDGE, AttributeType.DOUBLE);
        }
        if (tName != null) {
          x.registerAttribute(tName, GraphMLExporter.AttributeCategory.EDGE, AttributeType.LONG);
        }
        for (String k : keys) {
          x.registerAttribute(k, GraphMLExporter.AttributeCategory.NODE, AttributeType.STRING);
        }
        x.setEdgeAttributeProvider(edgeAttrs);
        x.setVertexAttributeProvider(nodeAttrs);
        ex = x;
      }
      case GML -> {
        GmlExporter<Object, Integer> x = new GmlExporter<>(v -> Integer.toString(g.id(v)));
        x.setParameter(GmlExporter.Parameter.EXPORT_VERTEX_LABELS, true);
        x.setParameter(GmlExporter.Parameter.EXPORT_CUSTOM_EDGE_ATTRIBUTES, true);
        x.setParameter(GmlExporter.Parameter.EXPORT_CUSTOM_VERTEX_ATTRIBUTES, true);
        x.setParameter(GmlExporter.Parameter.ESCAPE_STRINGS_AS_JAVA, true);
        x.setEdgeAttributeProvider(edgeAttrs);
        x.setVertexAttributeProvider(nodeAttrs);
        ex = x;
      }
      case DOT -> {
        DOTExporter<Object, Integer> x = new DOTExporter<>(v -> dotId(String.valueOf(v)));
        x.setEdgeAttributeProvider(edgeAttrs);
        x.setVertexAttributeProvider(nodeAttrs);
        ex = x;
      }
      case JSON -> {
        JSONExporter<Object, Integer> x = new JSONExporter<>(String::valueOf);
        x.setEdgeAttributeProvider(edgeAttrs);
        x.setVertexAttributeProvider(nodeAttrs);
        ex = x;
      }
      default -> throw new IllegalArgumentException(format + " is not written through JGraphT");
    }
    if (format == GraphFormat.GML) {
      StringWriter sw = new StringWriter();
      ex.exportGraph(view, sw);
      out.write(plainGmlNumbers(sw.toString()));
    } else {
      ex.exportGraph(view, out);
    }
    out.flush();
  }

  private static String readAll(Reader in) throws IOException {
    StringBuilder b = new StringBuilder();
    char[] buf = new char[8192];
    for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
      b.append(buf, 0, n);
    }
    return b.toString();
  }

  /**
   * Rewrites every number in exponent notation outside strings and comments ({@code 1e-09},
   * {@code 2.5E7}) as a plain decimal ({@code 0.000000001}, {@code 25000000}). jgrapht-io's GML
   * grammar has no exponents and would otherwise read {@code 1e-09} as 1 followed by an attribute
   * {@code e} of -9; NetworkX and JGraphT's own exporter both write exponents.
   */
  static String plainGmlNumbers(String s) {
    StringBuilder b = null;
    int copied = 0;
    int n = s.length();
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (c == '"') {
        i++;
        while (i < n && s.charAt(i) != '"') {
          i += s.charAt(i) == '\\' ? 2 : 1;
        }
        i++;
        continue;
      }
      if (c == '#') {
        while (i < n && s.charAt(i) != '\n' && s.charAt(i) != '\r') {
          i++;
        }
        continue;
      }
      boolean startsNumber = Character.isDigit(c)
          || ((c == '-' || c == '+' || c == '.') && i + 1 < n
              && (Character.isDigit(s.charAt(i + 1)) || s.charAt(i + 1) == '.'));
      if (!startsNumber || (i > 0 && isIdentifierChar(s.charAt(i - 1)))) {
        i++;
        continue;
      }
      int start = i;
      if (c == '-' || c == '+') {
        i++;
      }
      while (i < n && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.')) {
        i++;
      }
      int mantissaEnd = i;
      if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
        int j = i + 1;
        if (j < n && (s.charAt(j) == '+' || s.charAt(j) == '-')) {
          j++;
        }
        int digits = j;
        while (j < n && Character.isDigit(s.charAt(j))) {
          j++;
        }
        if (j > digits && (j == n || !isIdentifierChar(s.charAt(j)))) {
          String plain;
          try {
            plain = new java.math.BigDecimal(s.substring(start, j)).toPlainString();
          } catch (NumberFormatException ex) {
            i = j;
            continue;
          }
          if (b == null) {
            b = new StringBuilder(n + 64);
          }
          b.append(s, copied, start).append(plain);
          copied = j;
          i = j;
          continue;
        }
      }
      i = Math.max(mantissaEnd, start + 1);
    }
    if (b == null) {
      return s;
    }
    return b.append(s, copied, n).toString();
  }

  private static boolean isIdentifierChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }

  private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  /**
   * Refuses attribute names the target format cannot hold or uses for itself, before anything is
   * written.
   */
  private static void checkNames(GraphFormat f, List<String> nodeKeys, String... edgeNames) {
    List<String> edge = new ArrayList<>();
    for (String e : edgeNames) {
      if (e != null) {
        edge.add(e);
      }
    }
    List<String> reserved = switch (f) {
      case GML -> List.of("id", "label", "source", "target", "weight");
      case JSON -> List.of("id");
      default -> List.of();
    };
    for (String k : nodeKeys) {
      if (reserved.contains(k) || (f == GraphFormat.GRAPHML && edge.contains(k))) {
        throw new IllegalArgumentException("node attribute '" + k + "' cannot be written to "
            + f.displayName() + ": the name is used by the format itself there; rename the"
            + " attribute");
      }
    }
    if (f == GraphFormat.GML || f == GraphFormat.DOT) {
      List<String> all = new ArrayList<>(nodeKeys);
      all.addAll(edge);
      for (String k : all) {
        if (!PLAIN_NAME.matcher(k).matches()) {
          throw new IllegalArgumentException("attribute name '" + k + "' cannot be written to "
              + f.displayName() + ", whose names are letters, digits and underscores (not"
              + " starting with a digit); rename it or write GraphML or JSON");
        }
      }
    }
  }

  /**
   * A DOT identifier: always a double-quoted string, inner quotes escaped.
   *
   * @throws IllegalArgumentException for a label DOT (as read by jgrapht-io) cannot hold: one with a
   *     line break or ending with a backslash
   */
  static String dotId(String s) {
    if (s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0 || s.endsWith("\\")) {
      throw new IllegalArgumentException("node label " + GraphFormatException.quote(s)
          + " cannot be written as a DOT id (it holds a line break or ends with a backslash);"
          + " write GraphML, JSON or CSV instead");
    }
    return "\"" + s.replace("\"", "\\\"") + "\"";
  }
}

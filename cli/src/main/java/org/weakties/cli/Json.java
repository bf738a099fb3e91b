package org.weakties.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.Map;

/** JSON output for the CLI's own summaries (Jackson). */
final class Json {
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT);

  private Json() {}

  /** Pretty-printed JSON of a map of plain values (numbers, strings, lists, maps). */
  static String object(Map<String, ?> map) {
    try {
      return MAPPER.writeValueAsString(map) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }
}

package org.weakties.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.nio.file.Path;
import org.weakties.io.NumberText;

/**
 * Writes small JSON documents (maps, lists, strings, numbers) with the number convention of every
 * weakties output: doubles in shortest round-trip form, NaN and infinities as the strings
 * {@code "NaN"}, {@code "inf"}, {@code "-inf"}.
 */
final class JsonFiles {
  private JsonFiles() {}

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .registerModule(new SimpleModule("weakties-numbers").addSerializer(Double.class,
          new JsonSerializer<Double>() {
            @Override
            public void serialize(Double v, JsonGenerator gen, SerializerProvider sp)
                throws IOException {
              double x = v;
              if (Double.isFinite(x)) {
                gen.writeNumber(NumberText.format(x));
              } else {
                gen.writeString(NumberText.format(x));
              }
            }
          }));

  /** The document as indented JSON text. */
  static String text(Object document) throws IOException {
    return MAPPER.writeValueAsString(document) + "\n";
  }

  /** Writes the document to a file (created or replaced, UTF-8). */
  static void write(Object document, Path file) throws IOException {
    Outputs.prepare(file);
    java.nio.file.Files.writeString(file, text(document));
  }
}

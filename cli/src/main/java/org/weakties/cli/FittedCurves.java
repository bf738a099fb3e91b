package org.weakties.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import org.weakties.ego.UsefulnessCurve;

/**
 * Reads the usefulness curve that {@code weakties curve --out FILE} wrote, for
 * {@code weakties ego --curve FILE}: the quadratic fit in x, with the controls at their means, over
 * the observed range {@code [0, x_max]} ({@link UsefulnessCurve#fromQuadratic}, the same curve as
 * {@link UsefulnessCurve#fromFit} gives in the library). The intercept is recovered from the first
 * point of the fitted band ({@code curve.points[0]}), or is the first coefficient when the band is
 * absent. The fit's x must be the number of mutual connections; the file only names the column.
 */
final class FittedCurves {
  private FittedCurves() {}

  /**
   * The curve of the file.
   *
   * @throws UserInputException when the file is missing, not JSON, has no quadratic fit with
   *     coefficients x and x2, or the quadratic is not positive anywhere on its range
   */
  static UsefulnessCurve read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new UserInputException("curve file not found: " + file);
    }
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(file.toFile());
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new UserInputException(file + (at == null ? "" : ", line " + at.getLineNr()
          + ", column " + at.getColumnNr()) + ": not JSON (" + e.getOriginalMessage() + "); "
          + "--curve wants the JSON that 'weakties curve --out FILE' writes");
    } catch (IOException e) {
      throw new UserInputException("cannot read curve file " + file + ": " + e.getMessage());
    }
    JsonNode coefficients = root == null ? null : root.path("quadratic").path("coefficients");
    if (coefficients == null || !coefficients.has("x") || !coefficients.has("x2")) {
      throw new UserInputException(file + " has no quadratic fit with coefficients x and x2 "
          + "(key quadratic.coefficients); --curve wants the JSON that 'weakties curve --out "
          + "FILE' writes");
    }
    double b1 = number(file, coefficients.path("x").path("estimate"),
        "quadratic.coefficients.x.estimate");
    double b2 = number(file, coefficients.path("x2").path("estimate"),
        "quadratic.coefficients.x2.estimate");
    double xMax = number(file, root.path("x_max"), "x_max");
    JsonNode points = root.path("curve").path("points");
    double a;
    if (points.isArray() && points.size() > 0) {
      double x0 = number(file, points.get(0).path("x"), "curve.points[0].x");
      double fit0 = number(file, points.get(0).path("fit"), "curve.points[0].fit");
      a = fit0 - b1 * x0 - b2 * x0 * x0;
    } else {
      Iterator<String> names = coefficients.fieldNames();
      String first = names.next();
      a = number(file, coefficients.path(first).path("estimate"),
          "quadratic.coefficients." + first + ".estimate");
    }
    try {
      return UsefulnessCurve.fromQuadratic(a, b1, b2, xMax);
    } catch (IllegalArgumentException e) {
      throw new UserInputException(file + ": the fitted curve cannot serve as a usefulness: "
          + e.getMessage());
    }
  }

  /** A number, or one of the strings NaN, inf, -inf that weakties writes for non-finite values. */
  private static double number(Path file, JsonNode node, String key) {
    if (node.isNumber()) {
      return node.doubleValue();
    }
    if (node.isTextual()) {
      switch (node.textValue()) {
        case "NaN":
          return Double.NaN;
        case "inf":
          return Double.POSITIVE_INFINITY;
        case "-inf":
          return Double.NEGATIVE_INFINITY;
        default:
          break;
      }
    }
    throw new UserInputException(file + ": " + key + " must be a number, got "
        + (node.isMissingNode() ? "nothing" : node.toString()));
  }
}

package jp.kyoyu.shared;

/**
 * One problem with one input field, with a message in the user's language.
 *
 * @param field the request field's name, or {@literal null} when the problem concerns the whole request
 */
public record FieldProblem(String field, String message) {
}

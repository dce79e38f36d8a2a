package jp.kyoyu.shared;

import java.io.Serializable;

/**
 * One problem with one input field, with a message in the user's language. Serializable: a page hands its problems
 * to the next one as flash attributes, which live in the HTTP session, and sessions are stored in the database.
 *
 * @param field the request field's name, or {@literal null} when the problem concerns the whole request
 */
public record FieldProblem(String field, String message) implements Serializable {
}

package jp.kyoyu.shared;

/**
 * A view of an editable record that carries the record's version. The JSON API turns it into the answer's
 * {@code ETag} (shared/web), so a client can send it back in {@code If-Match} and be refused when someone else
 * changed the record meanwhile.
 */
public interface Versioned {

	long version();
}

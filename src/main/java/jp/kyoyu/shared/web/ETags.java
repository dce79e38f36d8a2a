package jp.kyoyu.shared.web;

import org.springframework.http.ResponseEntity;

/**
 * The one mapping between a record's version and its HTTP entity tag: version 3 is the strong tag {@code "3"}.
 * Strong, because RFC 9110 compares If-Match strongly and a weak tag never matches there. On the way in we also
 * accept {@code W/"3"}, since a proxy that compresses the answer (nginx gzip) weakens the tag it passes on.
 */
public final class ETags {

	/** What an If-Match that names no version of ours is checked as: it matches nothing, so the change is refused. */
	private static final long NO_VERSION = -1;

	private ETags() {
	}

	public static String of(long version) {
		return "\"" + version + "\"";
	}

	/** A 204 answer of a change that carries the record's new version (there is no body for the advice to read). */
	public static ResponseEntity<Void> noContent(long version) {
		return ResponseEntity.noContent().eTag(of(version)).build();
	}

	/**
	 * The version an {@code If-Match} header asks for: null when there is none or it is {@code *} (any current
	 * version); a tag that is not one of ours (several tags, garbage) yields a version that never matches.
	 */
	public static Long expectedVersion(String ifMatch) {
		if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
			return null;
		}
		String tag = ifMatch.trim();
		if (tag.startsWith("W/")) {
			tag = tag.substring(2);
		}
		if (tag.length() < 3 || !tag.startsWith("\"") || !tag.endsWith("\"")) {
			return NO_VERSION;
		}
		try {
			return Long.parseLong(tag.substring(1, tag.length() - 1));
		}
		catch (NumberFormatException e) {
			return NO_VERSION;
		}
	}
}

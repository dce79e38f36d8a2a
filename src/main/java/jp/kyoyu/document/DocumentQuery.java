package jp.kyoyu.document;

/**
 * A search of a project's documents (C5.4), as typed: {@code folder} a folder id (only its own documents),
 * {@code q} words all found in title, category, author, folder or file names, {@code from}/{@code to} dates,
 * {@code status} a {@link DocumentStatus} name, {@code sort} one of {@link DocumentSearch#SORTS}, {@code -} first
 * for descending (default {@code -date}). Every part may be null.
 */
public record DocumentQuery(Long folder, String q, String category, String author, String status, String from,
		String to, String sort) {

	public static DocumentQuery all() {
		return new DocumentQuery(null, null, null, null, null, null, null, null);
	}
}

package jp.kyoyu.shared.web;

/**
 * An answer of the JSON API that pages in the database and carries its page in its body (the approval list's
 * {@code {items, page, size, total}}, kept for its earlier clients). {@link ListPaging} gives it the same
 * {@code X-Total-Count} and {@code Link} headers as every other list, so a script follows one convention for every
 * list (docs/api.md "Lists").
 */
public interface PagedAnswer {

	/** The number of items of the whole filtered list. */
	long total();

	/** This page's number, from 0. */
	int page();

	/** Items per page. */
	int size();
}

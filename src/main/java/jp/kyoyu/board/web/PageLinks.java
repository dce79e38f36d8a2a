package jp.kyoyu.board.web;

import org.springframework.web.util.UriComponentsBuilder;

import jp.kyoyu.board.BoardPage;
import jp.kyoyu.shared.Wording;

/** Links between the pages of a list that keep the search the user typed (only the filters they filled in). */
record PageLinks(String base, String q, String author, String from, String to) {

	static PageLinks of(String base) {
		return new PageLinks(base, null, null, null, null);
	}

	/** {@code base?q=..&page=n}, encoded for a URL; the template adds the context path. */
	public String href(int page) {
		UriComponentsBuilder link = UriComponentsBuilder.fromPath(base);
		add(link, "q", q);
		add(link, "author", author);
		add(link, "from", from);
		add(link, "to", to);
		return link.queryParam("page", page).encode().build().toUriString();
	}

	/**
	 * What to tell the user when the page shown is not the one asked for: a number past the end shows the last
	 * page and anything that is not a page number shows the first; null when the page is the one asked for.
	 */
	static String moved(String asked, BoardPage<?> shown) {
		if (asked == null || asked.isBlank()) {
			return null;
		}
		String typed = asked.strip();
		if (!typed.matches("\\d+") || typed.matches("0+")) {
			return Wording.of("board.page.not-a-number", typed);
		}
		if (BoardPage.requested(typed) > shown.page()) {
			return Wording.of("board.page.past-the-end", typed, shown.pages());
		}
		return null;
	}

	private static void add(UriComponentsBuilder link, String name, String value) {
		if (value != null && !value.isBlank()) {
			link.queryParam(name, value);
		}
	}
}

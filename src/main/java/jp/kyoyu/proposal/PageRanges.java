package jp.kyoyu.proposal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Page ranges as people write them, {@code 1-3,5,8-9}, read against a file's page count (C3.10). */
final class PageRanges {

	private static final Pattern RANGE = Pattern.compile("(\\d{1,6})(?:\\s*[-－〜~]\\s*(\\d{1,6}))?");

	private PageRanges() {
	}

	/**
	 * The pages (0-based, in the order written) or {@literal null} when the text cannot be read or names a page the
	 * file does not have; blank text means every page.
	 */
	static List<Integer> pages(String text, int pageCount) {
		List<Integer> pages = new ArrayList<>();
		if (text == null || text.isBlank()) {
			for (int i = 0; i < pageCount; i++) {
				pages.add(i);
			}
			return pages;
		}
		for (String part : text.replace('、', ',').replace('，', ',').split(",")) {
			Matcher m = RANGE.matcher(part.strip());
			if (!m.matches()) {
				return null;
			}
			int from = Integer.parseInt(m.group(1));
			int to = m.group(2) == null ? from : Integer.parseInt(m.group(2));
			if (from < 1 || to < from || to > pageCount) {
				return null;
			}
			for (int p = from; p <= to; p++) {
				pages.add(p - 1);
			}
		}
		return pages;
	}
}

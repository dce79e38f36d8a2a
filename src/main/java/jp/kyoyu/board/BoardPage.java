package jp.kyoyu.board;

import java.util.List;

/**
 * One page of a board list: pages are numbered from 1, {@link #SIZE} lines each, newest first. {@code total}
 * counts only what the viewer may see, so the numbers never hint at hidden posts.
 */
public record BoardPage<T>(List<T> items, int page, int size, long total) {

	/** Lines per page of the board pages. */
	public static final int SIZE = 50;

	/** How many pages there are; 1 for an empty list, so "page 1 of 1" always exists. */
	public int pages() {
		return (int) Math.max(1, (total + size - 1) / size);
	}

	/** The position of the first line shown (1-based), 0 when nothing is shown. */
	public long from() {
		return items.isEmpty() ? 0 : (long) (page - 1) * size + 1;
	}

	/** The position of the last line shown. */
	public long to() {
		return items.isEmpty() ? 0 : from() + items.size() - 1;
	}

	public boolean hasPrevious() {
		return page > 1;
	}

	public boolean hasNext() {
		return page < pages();
	}

	/**
	 * The page number as typed in {@code ?page=}: anything that is not a positive whole number means page 1;
	 * a number past the end is brought back to the last page by the query that knows the total.
	 */
	public static int requested(String text) {
		if (text == null || text.isBlank()) {
			return 1;
		}
		try {
			return Math.max(1, Integer.parseInt(text.strip()));
		}
		catch (NumberFormatException e) {
			// Digits too many for a page number are still "far past the end"; anything else means "from the top".
			return text.strip().matches("\\d+") ? Integer.MAX_VALUE : 1;
		}
	}

	/** The page to show for {@code requested} among {@code total} lines: at most the last one. */
	static int clamp(int requested, long total, int size) {
		int last = (int) Math.max(1, (total + size - 1) / size);
		return Math.min(Math.max(1, requested), last);
	}
}

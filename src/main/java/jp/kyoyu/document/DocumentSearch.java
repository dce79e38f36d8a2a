package jp.kyoyu.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

import jp.kyoyu.shared.FieldProblem;
import jp.kyoyu.shared.InvalidInputException;
import jp.kyoyu.shared.Wording;

/** Filters and sorts a project's documents in memory (a project holds thousands, not millions). */
final class DocumentSearch {

	static final Map<String, Comparator<DocumentView>> SORTS = Map.of(
			"date", Comparator.comparing(DocumentView::date),
			"title", Comparator.comparing(DocumentView::title),
			"category", Comparator.comparing(DocumentView::category),
			"author", Comparator.comparing(DocumentView::authorName),
			"status", Comparator.comparing(DocumentView::status),
			"folder", Comparator.comparing(DocumentView::folderPath),
			"created", Comparator.comparing(DocumentView::createdAt));

	private DocumentSearch() {
	}

	static List<DocumentView> apply(List<DocumentView> documents, DocumentQuery query) {
		List<FieldProblem> problems = new ArrayList<>();
		Predicate<DocumentView> keep = d -> true;
		if (query.folder() != null) {
			keep = keep.and(d -> d.folderId() == query.folder());
		}
		for (String word : words(query.q())) {
			keep = keep.and(d -> text(d).contains(word));
		}
		if (present(query.category())) {
			keep = keep.and(d -> d.category().contains(query.category().strip()));
		}
		if (present(query.author())) {
			keep = keep.and(d -> d.authorName().contains(query.author().strip()));
		}
		if (present(query.status())) {
			try {
				DocumentStatus status = DocumentStatus.valueOf(query.status().strip().toUpperCase(Locale.ROOT));
				keep = keep.and(d -> d.status() == status);
			}
			catch (IllegalArgumentException e) {
				problems.add(new FieldProblem("status", Wording.of("document.search.status-invalid")));
			}
		}
		LocalDate from = date(query.from(), "from", Wording.of("document.search.from-label"), problems);
		LocalDate to = date(query.to(), "to", Wording.of("document.search.to-label"), problems);
		if (from != null) {
			keep = keep.and(d -> !d.date().isBefore(from));
		}
		if (to != null) {
			keep = keep.and(d -> !d.date().isAfter(to));
		}
		Comparator<DocumentView> order = order(query.sort(), problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return documents.stream().filter(keep).sorted(order).toList();
	}

	private static Comparator<DocumentView> order(String raw, List<FieldProblem> problems) {
		String sort = present(raw) ? raw.strip() : "-date";
		boolean descending = sort.startsWith("-");
		Comparator<DocumentView> base = SORTS.get(descending ? sort.substring(1) : sort);
		if (base == null) {
			problems.add(new FieldProblem("sort", Wording.of("document.search.sort-invalid")));
			return Comparator.comparing(DocumentView::id);
		}
		Comparator<DocumentView> ordered = descending ? base.reversed() : base;
		return ordered.thenComparing(Comparator.comparing(DocumentView::id).reversed());
	}

	private static LocalDate date(String raw, String field, String label, List<FieldProblem> problems) {
		if (!present(raw)) {
			return null;
		}
		LocalDate date = DocumentRules.parseDate(raw.strip());
		if (date == null) {
			problems.add(new FieldProblem(field, Wording.of("document.search.date-invalid", label)));
		}
		return date;
	}

	private static String text(DocumentView d) {
		StringBuilder text = new StringBuilder(d.title()).append('\n').append(d.category()).append('\n')
			.append(d.authorName()).append('\n').append(d.folderPath());
		d.files().forEach(f -> text.append('\n').append(f.name()));
		return text.toString().toLowerCase(Locale.ROOT);
	}

	private static List<String> words(String q) {
		if (!present(q)) {
			return List.of();
		}
		return List.of(q.strip().toLowerCase(Locale.ROOT).split("[\\s　]+"));
	}

	private static boolean present(String value) {
		return value != null && !value.isBlank();
	}
}

package jp.kyoyu.document;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;

import jp.kyoyu.shared.CleanText;
import jp.kyoyu.shared.FieldProblem;
import jp.kyoyu.shared.Wording;

/**
 * The checks of photo metadata, reported per field in Japanese. Field names get a prefix (the bulk-edit list's
 * {@code rows[3].}) so that a bad row's error stands next to that row.
 */
final class PhotoRules {

	/** 写真区分's free-text limit of the 基準 (16 characters); the fixed values are shorter. */
	static final int MAX_WORK_TEXT = 100;

	/** 写真タイトル: ≤127 characters in the one spec summary that gives a length (reference §1.2, [C-weak]). */
	static final int MAX_TITLE = 127;

	private PhotoRules() {
	}

	/** The clean metadata, with any problem added to {@code problems} (then the result must not be stored). */
	static PhotoInfo check(PhotoInput input, String prefix, List<FieldProblem> problems) {
		String photoClass = clean(input.photoClass());
		if (photoClass != null && !PhotoClasses.ALL.contains(photoClass)) {
			problems.add(new FieldProblem(prefix + "photoClass",
					Wording.of("document.photo.rules.class-unknown", String.join("、", PhotoClasses.ALL))));
		}
		String workType = text(input.workType(), prefix + "workType", "document.photo.work-type", MAX_WORK_TEXT, problems);
		String workKind = text(input.workKind(), prefix + "workKind", "document.photo.work-kind", MAX_WORK_TEXT, problems);
		String workDetail = text(input.workDetail(), prefix + "workDetail", "document.photo.work-detail", MAX_WORK_TEXT,
				problems);
		String title = text(input.title(), prefix + "title", "document.photo.title", MAX_TITLE, problems);
		LocalDate takenOn = null;
		String rawDate = clean(input.takenOn());
		if (rawDate != null) {
			takenOn = DocumentRules.parseDate(rawDate);
			if (takenOn == null) {
				problems.add(new FieldProblem(prefix + "takenOn", Wording.of("document.photo.rules.taken-on-invalid")));
			}
		}
		return new PhotoInfo(photoClass, workType, workKind, workDetail, title,
				Boolean.TRUE.equals(input.representative()), Boolean.TRUE.equals(input.frequencyRequired()), takenOn);
	}

	private static String text(String raw, String field, String labelKey, int max, List<FieldProblem> problems) {
		String value = clean(raw);
		if (value == null) {
			return null;
		}
		String label = Wording.of(labelKey);
		if (value.length() > max) {
			problems.add(new FieldProblem(field, Wording.of("document.photo.rules.too-long", label, max, value.length())));
		}
		CleanText.checkLine(problems, field, label, value);
		return value;
	}

	/** Blank is "not entered" ({@literal null}), so an emptied field clears the stored value. */
	private static String clean(String raw) {
		if (raw == null) {
			return null;
		}
		String value = Normalizer.normalize(raw, Normalizer.Form.NFC).strip();
		return value.isEmpty() ? null : value;
	}
}

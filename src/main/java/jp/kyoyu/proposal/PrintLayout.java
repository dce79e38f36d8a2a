package jp.kyoyu.proposal;

import java.util.List;

import jp.kyoyu.project.ProjectRole;

/**
 * How one document type is printed (issue #22): read from {@code forms/<form>.layout.yaml} beside the form, so a
 * designer moves a box without touching Java ({@link PrintLayouts}). Every length is in millimetres from the top-left
 * corner of an A4 portrait page; a box is {@code [x, y, width, height]}.
 *
 * @param source the file it was read from, for error messages and the docs
 * @param title the printed title; {@code null} text prints the document type's name
 */
record PrintLayout(String source, Title title, List<Box> boxes) {

	record Title(String text, float size, Area area) {
	}

	record Area(float x, float y, float width, float height) {
	}

	/** What a box prints. The names are the {@code kind:} of the layout file. */
	enum Kind {
		/** A label cell and a field's value (or {@code value:}), wrapped; what does not fit continues on a last page. */
		TEXT,
		/** A date field in the Japanese era (令和8年12月7日), as the paper form is dated. */
		DATE,
		/** Every option of a radio field, the chosen one ticked ■, the others □; {@code other:} names its free text. */
		CHOICE,
		/** The attachments by file name in the author's order; {@code count:} a field with the number of sheets. */
		ATTACHMENTS,
		/** 処理・回答: one line per side with its options, the answer ticked on the side that did not raise it. */
		ANSWER,
		/** Stamp columns, one per project role, filled from the approval record. */
		STAMPS,
		/** Every shown field in form order, then the attachments; continues on further pages (generic layouts). */
		FIELDS,
		/** A line of text without a frame: {@code value:} or {@code text:}. */
		NOTE
	}

	/**
	 * One box of the form. Which of the optional parts a kind reads: see {@link Kind}; {@link PrintLayouts} checks them
	 * against the form when the application starts.
	 */
	record Box(Kind kind, String label, Area area, String field, String value, String text, String other,
			String count, String content, String date, List<AnswerLine> lines, List<ProjectRole> columns,
			float labelWidth, float size) {
	}

	/** One side's line of the 処理・回答 part: the options it may answer with, by their value in the form. */
	record AnswerLine(String side, String label, List<String> options) {
	}
}

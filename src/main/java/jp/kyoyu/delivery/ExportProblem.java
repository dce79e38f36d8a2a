package jp.kyoyu.delivery;

/**
 * Something the user must fix before the deliverable is valid (or, for {@link Kind#NOTE}, should know).
 *
 * @param location where: a management file and element, or a Kyoyu folder and file
 * @param message what is wrong and what to do, in Japanese
 */
public record ExportProblem(Kind kind, String location, String message) {

	public enum Kind {
		/** A required item is empty. */
		MISSING_REQUIRED,
		/** A character outside deliverables.md §1.5 (JIS X 0208 without full-width alphanumerics, JIS X 0201 Latin). */
		BAD_CHARACTER,
		/** Two files would get the same name on the medium. */
		NAME_COLLISION,
		/** A name that cannot be put in the upper-case 8.3 form, or a file type the folder does not take. */
		BAD_NAME,
		/** A file, or the whole deliverable, larger than the medium. */
		TOO_LARGE,
		/** A management file that does not match its DTD (a profile error, not the user's). */
		INVALID_XML,
		/** The export itself failed (disk full, a file missing in storage …). */
		FAILURE,
		/** Information only: does not block the export. */
		NOTE
	}

	public boolean blocking() {
		return kind != Kind.NOTE;
	}

	/** A problem the user fixes in Kyoyu (or overrides), as opposed to a failure or a profile error. */
	public boolean userFixable() {
		return kind != Kind.NOTE && kind != Kind.FAILURE && kind != Kind.INVALID_XML;
	}
}

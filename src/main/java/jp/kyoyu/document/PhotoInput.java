package jp.kyoyu.document;

/**
 * Photo metadata as typed (the API's body, one row of the bulk-edit list). Blank texts clear the item;
 * {@code takenOn} as {@code 2026-05-01} or {@code 2026/05/01}.
 */
public record PhotoInput(String photoClass, String workType, String workKind, String workDetail, String title,
		Boolean representative, Boolean frequencyRequired, String takenOn) {

	public static PhotoInput of(PhotoInfo info) {
		return new PhotoInput(info.photoClass(), info.workType(), info.workKind(), info.workDetail(), info.title(),
				info.representative(), info.frequencyRequired(),
				info.takenOn() == null ? null : info.takenOn().toString());
	}
}

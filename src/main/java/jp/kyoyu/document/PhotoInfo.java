package jp.kyoyu.document;

import java.time.LocalDate;

/**
 * A photo document's metadata, written into PHOTO.XML by the deliverable (G-6). Every text may be
 * {@literal null} (not entered yet); {@code takenOn} defaults to the JPEG's EXIF DateTimeOriginal.
 *
 * @param photoClass 写真区分, one of {@link PhotoClasses#ALL}
 * @param workType 工種
 * @param workKind 種別
 * @param workDetail 細別
 * @param title 写真タイトル (the document's title stands in while empty)
 * @param representative 代表写真
 * @param frequencyRequired 提出頻度写真 (a photo the 写真管理基準's 撮影頻度 asks to be submitted)
 * @param takenOn 撮影年月日
 */
public record PhotoInfo(String photoClass, String workType, String workKind, String workDetail, String title,
		boolean representative, boolean frequencyRequired, LocalDate takenOn) {

	/** Nothing entered yet. */
	public static PhotoInfo empty() {
		return new PhotoInfo(null, null, null, null, null, false, false, null);
	}
}

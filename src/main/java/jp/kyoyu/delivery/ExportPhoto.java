package jp.kyoyu.delivery;

import java.time.LocalDate;

/**
 * A photo document's metadata for PHOTO.XML (写真区分, 工種, 種別, 細別, 写真タイトル, 代表写真, 提出頻度写真,
 * 撮影年月日); texts may be {@literal null} when not entered.
 */
public record ExportPhoto(String photoClass, String workType, String workKind, String workDetail, String title,
		boolean representative, boolean frequencyRequired, LocalDate takenOn) {
}

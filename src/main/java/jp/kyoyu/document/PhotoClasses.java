package jp.kyoyu.document;

import java.util.List;

/**
 * The 写真区分 a works photo may have: the fixed list of the 写真管理基準 (reference
 * deliverable-photo-drawings.md §1.2, [C-weak]: several independent generators and a schema agree). The values are
 * written into PHOTO.XML as they are, so they are data, not wording, and stay Japanese in every language.
 */
public final class PhotoClasses {

	public static final List<String> ALL = List.of("着手前及び完成写真", "施工状況写真", "安全管理写真", "使用材料写真",
			"品質管理写真", "出来形管理写真", "災害写真", "事故写真", "その他");

	private PhotoClasses() {
	}
}

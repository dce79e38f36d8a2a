package jp.kyoyu.project.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import jp.kyoyu.project.BasicInfo;
import jp.kyoyu.shared.Wording;
import jp.kyoyu.shared.pdf.A4Pages;
import jp.kyoyu.shared.pdf.JapaneseFont;

/**
 * The basic info on A4 with the Japanese font: 工事基本情報 / 業務基本情報, the items, the members, then the erasure
 * date with its basis and what it means, so a printed copy tells the supervisor when everything goes (本文3-6).
 */
final class BasicInfoPdf {

	private BasicInfoPdf() {
	}

	static byte[] print(BasicInfo info) throws IOException {
		return JapaneseFont.print((document, font) -> {
			try (A4Pages pages = new A4Pages(document, font)) {
				pages.write(Wording.japanese("project.detail.basic." + info.kind().name()), 16, 0);
				pages.gap(8);
				pages.rule();
				for (String[] line : BasicInfoLines.of(info)) {
					pages.write(line[0] + ": " + (line[1] == null ? "" : line[1]), 9.5f, 0);
				}
				pages.rule();
				if (info.erasure() != null) {
					pages.write(Wording.japanese("project.basic-info.erasure-note"), 9, 0);
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		});
	}
}

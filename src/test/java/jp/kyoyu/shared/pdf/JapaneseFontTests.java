package jp.kyoyu.shared.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The lent-out parsed fonts: prints running at once each get a whole, searchable Japanese PDF. */
class JapaneseFontTests {

	@Test
	void printsRunningAtOnceEachEmbedTheirOwnTextIntact() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(6);
		try {
			List<Future<String>> prints = new ArrayList<>();
			for (int i = 0; i < 30; i++) {
				String text = "承認履歴 第" + i + "号　法面保護工の施工計画（" + "排水路".repeat(i % 5 + 1) + "）";
				prints.add(pool.submit(() -> extracted(print(text)) + "|" + text));
			}
			for (Future<String> print : prints) {
				String[] got = print.get().split("\\|");
				assertThat(got[0]).contains(got[1]);
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static byte[] print(String text) throws Exception {
		return JapaneseFont.print((document, font) -> {
			try (A4Pages out = new A4Pages(document, font)) {
				out.write(text, 12, 0);
			}
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			document.save(bytes);
			return bytes.toByteArray();
		});
	}

	private static String extracted(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replace("\n", "").replace("\r", "");
		}
	}
}

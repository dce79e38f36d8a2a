package jp.kyoyu.storage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class FileNamesTests {

	@Test
	void aNameFromAUserNeverKeepsAPath() {
		assertThat(FileNames.displayName("../../etc/passwd")).isEqualTo("passwd");
		assertThat(FileNames.displayName("C:\\Users\\tanaka\\報告書.pdf")).isEqualTo("報告書.pdf");
		assertThat(FileNames.displayName("..")).isEqualTo("file");
		assertThat(FileNames.displayName("  ")).isEqualTo("file");
		assertThat(FileNames.displayName(null)).isEqualTo("file");
	}

	@Test
	void controlAndBidiCharactersAreDroppedAndKanaRecomposed() {
		assertThat(FileNames.displayName("請求書\r\n.pdf")).isEqualTo("請求書.pdf");
		// U+202E would show "fdp.exe" as "exe.pdf"
		assertThat(FileNames.displayName("invoice\u202Efdp.exe")).isEqualTo("invoicefdp.exe");
		// macOS sends ガ as カ + combining mark
		assertThat(FileNames.displayName("カ\u3099イド.txt")).isEqualTo("ガイド.txt");
	}

	@Test
	void aLongNameIsCutTo255CharactersKeepingItsExtension() {
		String name = FileNames.displayName("図".repeat(300) + ".xlsx");
		assertThat(name).hasSize(255).endsWith("図.xlsx");
		// a character outside the BMP is never cut in half
		String emoji = FileNames.displayName("😀".repeat(300) + ".png");
		assertThat(emoji.codePointCount(0, emoji.length())).isEqualTo(255);
		assertThat(emoji).endsWith("😀.png");
	}

	@Test
	void contentDispositionCarriesTheJapaneseNameAndAnAsciiFallback() {
		assertThat(FileNames.contentDisposition(12, "工事打合せ簿（第3回）.pdf", false))
			.isEqualTo("attachment; filename=\"file-12.pdf\"; filename*=UTF-8''"
					+ "%E5%B7%A5%E4%BA%8B%E6%89%93%E5%90%88%E3%81%9B%E7%B0%BF%EF%BC%88%E7%AC%AC3%E5%9B%9E%EF%BC%89.pdf");
		assertThat(FileNames.contentDisposition(3, "plan v2.dwg", true))
			.isEqualTo("inline; filename=\"plan v2.dwg\"; filename*=UTF-8''plan%20v2.dwg");
		assertThat(FileNames.asciiFallback(5, "a\"b.txt")).isEqualTo("file-5.txt");
	}

	@Test
	void unusableContentTypesBecomeOctetStreamAndOnlyHarmlessTypesShowInline() {
		assertThat(FileNames.contentType("application/pdf")).isEqualTo("application/pdf");
		assertThat(FileNames.contentType("nonsense")).isEqualTo("application/octet-stream");
		assertThat(FileNames.contentType("*/*")).isEqualTo("application/octet-stream");
		assertThat(FileNames.contentType(null)).isEqualTo("application/octet-stream");
		assertThat(FileNames.mayShowInline("application/pdf")).isTrue();
		assertThat(FileNames.mayShowInline("text/plain;charset=UTF-8")).isTrue();
		assertThat(FileNames.mayShowInline("text/html")).isFalse();
		assertThat(FileNames.mayShowInline("image/svg+xml")).isFalse();
	}

	@Test
	void theLimitIsNamedAsPeopleWriteIt() {
		assertThat(new FileTooLargeException(DataSize.ofGigabytes(5)).getMessage())
			.isEqualTo("ファイルが大きすぎます。1ファイル5GBまでです。");
		assertThat(new FileTooLargeException(DataSize.ofMegabytes(300)).getMessage()).contains("300MB");
		assertThat(new FileTooLargeException(DataSize.ofBytes(1500)).getMessage()).contains("1,500バイト");
	}
}

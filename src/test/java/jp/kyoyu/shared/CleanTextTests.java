package jp.kyoyu.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Which characters one-line and multi-line text may hold (docs/security/input.md). */
class CleanTextTests {

	@Test
	void controlBidiAndLoneSurrogateCharactersAreRefusedInOneLine() {
		for (String bad : new String[] { "a\u0000", "a\u0001", "a\t", "a\n", "a\u007f", "a\u0085", "a\u009f", "a\u202a",
				"a\u202e", "a\u2066", "a\u2069", "a\ud800", "\udc00a", "a\ud800b" }) {
			assertThat(CleanText.isClean(bad, false)).as(escape(bad)).isFalse();
			assertThat(CleanText.lineProblem("title", "件名", bad)).isNotNull();
		}
	}

	@Test
	void multiLineTextMayKeepTabAndLineBreaksButNothingElse() {
		assertThat(CleanText.isClean("1行目\r\n2行目\t列", true)).isTrue();
		assertThat(CleanText.isClean("1行目\u0000", true)).isFalse();
		assertThat(CleanText.isClean("1行目\u202e", true)).isFalse();
	}

	@Test
	void ordinaryJapaneseEmojiAndNullPass() {
		assertThat(CleanText.isClean("第3回 工程会議（☆）👷‍♀️ Ａｂｃ", false)).isTrue();
		assertThat(CleanText.lineProblem("title", "件名", null)).isNull();
	}

	@Test
	void aRefusedFileNameIsNamedWithTheRefusedCharactersShownAsQuestionMarks() {
		assertThatThrownBy(() -> CleanText.requireFileName("file", "photo\u202egpj.exe"))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("ファイル名「photo?gpj.exe」");
		CleanText.requireFileName("file", "平面図 その1.pdf");
	}

	private static String escape(String value) {
		StringBuilder escaped = new StringBuilder();
		value.chars().forEach(c -> escaped.append(String.format("\\u%04x", c)));
		return escaped.toString();
	}
}

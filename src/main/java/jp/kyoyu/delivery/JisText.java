package jp.kyoyu.delivery;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.Map;
import java.util.Optional;

import jp.kyoyu.shared.Wording;

/**
 * The character rules of management files (deliverables.md §1.5): half-width only JIS X 0201 Latin (no
 * half-width katakana), full-width only JIS X 0208 without full-width digits and Latin letters.
 * <p>
 * The files are written in {@code Shift_JIS}, not {@code Windows-31J}: Shift_JIS covers exactly JIS X 0201 and
 * JIS X 0208, so a machine-dependent character (①, ㈱, Ⅰ, ㎡, 髙) cannot slip through the encoder, whereas
 * Windows-31J would silently accept the NEC and IBM extensions the rule forbids. Six characters that Windows
 * maps differently from JIS (～ − ∥ ￠ ￡ ￢ as typed on Windows) are the same JIS X 0208 characters and are
 * converted, not refused.
 */
final class JisText {

	private static final Charset SHIFT_JIS = Charset.forName("Shift_JIS");

	/** Windows-31J's code points for JIS X 0208 characters → the JIS mapping Shift_JIS uses. */
	private static final Map<Integer, Integer> WINDOWS_VARIANTS = Map.of(0xFF5E, 0x301C, 0x2225, 0x2016, 0xFF0D,
			0x2212, 0xFFE0, 0x00A2, 0xFFE1, 0x00A3, 0xFFE2, 0x00AC);

	private static final Map<String, String> SUGGESTIONS = Map.ofEntries(Map.entry("①", "(1)"),
			Map.entry("②", "(2)"), Map.entry("③", "(3)"), Map.entry("㈱", "(株)"), Map.entry("㈲", "(有)"),
			Map.entry("Ⅰ", "I"), Map.entry("Ⅱ", "II"), Map.entry("Ⅲ", "III"), Map.entry("㎡", "m2"),
			Map.entry("㎥", "m3"), Map.entry("㎝", "cm"), Map.entry("㎜", "mm"), Map.entry("㎞", "km"),
			Map.entry("髙", "高"), Map.entry("﨑", "崎"), Map.entry("№", "No."));

	private JisText() {
	}

	/** The value as written: Windows variants mapped, line breaks and tabs as spaces. */
	static String normalize(String value) {
		StringBuilder out = new StringBuilder(value.length());
		value.codePoints().forEach(cp -> {
			if (cp == '\r' || cp == '\n' || cp == '\t') {
				out.append(' ');
			}
			else {
				out.appendCodePoint(WINDOWS_VARIANTS.getOrDefault(cp, cp));
			}
		});
		return out.toString().replaceAll(" {2,}", " ").strip();
	}

	/** The first character breaking the rules, as a Japanese explanation of what to do; empty if none. */
	static Optional<String> problem(String normalized) {
		CharsetEncoder encoder = SHIFT_JIS.newEncoder();
		int position = 0;
		for (int i = 0; i < normalized.length(); i += Character.charCount(normalized.codePointAt(i))) {
			position++;
			int cp = normalized.codePointAt(i);
			String ch = new String(Character.toChars(cp));
			String where = Wording.japanese("delivery.jis.where", position, ch);
			if (cp >= 0xFF61 && cp <= 0xFF9F) {
				return Optional.of(Wording.japanese("delivery.jis.half-width-kana", where));
			}
			if (cp >= 0xFF10 && cp <= 0xFF19 || cp >= 0xFF21 && cp <= 0xFF3A || cp >= 0xFF41 && cp <= 0xFF5A) {
				return Optional.of(Wording.japanese("delivery.jis.full-width-alphanumeric", where));
			}
			if (cp < 0x20 || cp == 0x7F) {
				return Optional.of(Wording.japanese("delivery.jis.control", position));
			}
			if (!encoder.canEncode(ch)) {
				String suggestion = SUGGESTIONS.containsKey(ch) ? Wording.japanese("delivery.jis.suggestion", SUGGESTIONS.get(ch))
						: Wording.japanese("delivery.jis.suggestion-any");
				return Optional.of(Wording.japanese("delivery.jis.not-in-jis", where, suggestion));
			}
		}
		return Optional.empty();
	}

	static byte[] encode(String text) {
		return text.getBytes(SHIFT_JIS);
	}

	static Charset charset() {
		return SHIFT_JIS;
	}
}

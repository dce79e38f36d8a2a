package jp.kyoyu.document;

import java.text.Normalizer;
import java.util.Collection;

import jp.kyoyu.shared.InvalidInputException;

/**
 * What a folder name may be. Names become directory names when documents are exported keeping the folder
 * structure (C6.1), so path separators, control characters and the names {@code .}/{@code ..} are refused.
 */
final class FolderRules {

	static final int MAX_NAME = 100;

	private FolderRules() {
	}

	/** The name NFC-normalised and trimmed, or 400 saying what to change. */
	static String name(String raw, Collection<String> siblingNames) {
		String name = raw == null ? "" : Normalizer.normalize(raw, Normalizer.Form.NFC).strip();
		if (name.isEmpty()) {
			throw new InvalidInputException("name", "フォルダ名を入力してください。");
		}
		if (name.length() > MAX_NAME) {
			throw new InvalidInputException("name", "フォルダ名は" + MAX_NAME + "文字以内で入力してください（現在"
					+ name.length() + "文字）。");
		}
		jp.kyoyu.shared.CleanText.requireLine("name", "フォルダ名", name);
		if (name.equals(".") || name.equals("..")
				|| name.chars().anyMatch(c -> c == '/' || c == '\\' || Character.isISOControl(c))) {
			throw new InvalidInputException("name", "フォルダ名に「/」「\\」や制御文字、「.」「..」だけの名前は使えません。"
					+ "別の名前を入力してください。");
		}
		if (siblingNames.contains(name)) {
			throw new InvalidInputException("name", "同じ場所に「" + name + "」というフォルダがすでにあります。別の名前を入力してください。");
		}
		return name;
	}
}

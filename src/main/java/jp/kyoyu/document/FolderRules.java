package jp.kyoyu.document;

import java.text.Normalizer;
import java.util.Collection;

import jp.kyoyu.shared.InvalidInputException;
import jp.kyoyu.shared.Wording;

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
			throw new InvalidInputException("name", Wording.of("document.folder.rules.name-missing"));
		}
		if (name.length() > MAX_NAME) {
			throw new InvalidInputException("name",
					Wording.of("document.folder.rules.name-too-long", MAX_NAME, name.length()));
		}
		jp.kyoyu.shared.CleanText.requireLine("name", Wording.of("document.folder.rules.name"), name);
		if (name.equals(".") || name.equals("..")
				|| name.chars().anyMatch(c -> c == '/' || c == '\\' || Character.isISOControl(c))) {
			throw new InvalidInputException("name", Wording.of("document.folder.rules.name-invalid"));
		}
		if (siblingNames.contains(name)) {
			throw new InvalidInputException("name", Wording.of("document.folder.rules.name-taken", name));
		}
		return name;
	}
}

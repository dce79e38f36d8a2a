package jp.kyoyu.proposal;

import java.util.stream.Collectors;

import jp.kyoyu.identity.Side;
import jp.kyoyu.project.ProjectKind;
import jp.kyoyu.shared.InvalidInputException;

/** The input rules of a proposal outside its form: which type, and its title. */
final class ProposalRules {

	static final int TITLE_MAX = 200;

	private ProposalRules() {
	}

	static DocumentType raisable(DocumentTypes types, String key, ProjectKind kind, Side side) {
		DocumentType type = types.find(key).filter(t -> t.projectKind() == kind).orElseThrow(
				() -> new InvalidInputException("type", "「書類の種類」を次から選んでください: " + types.of(kind).stream()
					.map(t -> t.key() + "（" + t.name() + "）")
					.collect(Collectors.joining("、")) + "。"));
		if (!type.side().allows(side)) {
			String who = type.side() == RaisingSide.AGENCY ? "発注者" : "受注者";
			throw new InvalidInputException("type", "「" + type.name() + "」を作成できるのは" + who + "です。");
		}
		return type;
	}

	/** A blank title becomes the type's name, so every document has something to be listed by. */
	static String title(String title, DocumentType type) {
		jp.kyoyu.shared.CleanText.requireLine("title", "件名", title);
		String clean = title == null ? "" : title.strip();
		if (clean.isEmpty()) {
			return type.name();
		}
		if (clean.codePointCount(0, clean.length()) > TITLE_MAX) {
			throw new InvalidInputException("title", "「件名」は" + TITLE_MAX + "文字以内で入力してください。");
		}
		return clean;
	}
}

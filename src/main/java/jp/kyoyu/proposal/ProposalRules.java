package jp.kyoyu.proposal;

import java.util.stream.Collectors;

import jp.kyoyu.identity.Side;
import jp.kyoyu.project.ProjectKind;
import jp.kyoyu.shared.InvalidInputException;
import jp.kyoyu.shared.Wording;

/** The input rules of a proposal outside its form: which type, and its title. */
final class ProposalRules {

	static final int TITLE_MAX = 200;

	private ProposalRules() {
	}

	static DocumentType raisable(DocumentTypes types, String key, ProjectKind kind, Side side) {
		DocumentType type = types.find(key).filter(t -> t.projectKind() == kind).orElseThrow(
				() -> new InvalidInputException("type", Wording.of("proposal.type.choose", types.of(kind).stream()
					.map(t -> Wording.of("proposal.type.choice", t.key(), t.name()))
					.collect(Collectors.joining("、")))));
		if (!type.side().allows(side)) {
			String who = Wording.of("proposal.side." + (type.side() == RaisingSide.AGENCY ? "AGENCY" : "CONTRACTOR"));
			throw new InvalidInputException("type", Wording.of("proposal.type.side-only", type.name(), who));
		}
		return type;
	}

	/** A blank title becomes the type's name, so every document has something to be listed by. */
	static String title(String title, DocumentType type) {
		jp.kyoyu.shared.CleanText.requireLine("title", Wording.of("proposal.field.title"), title);
		String clean = title == null ? "" : title.strip();
		if (clean.isEmpty()) {
			return type.name();
		}
		if (clean.codePointCount(0, clean.length()) > TITLE_MAX) {
			throw new InvalidInputException("title", Wording.of("proposal.title.too-long", TITLE_MAX));
		}
		return clean;
	}
}

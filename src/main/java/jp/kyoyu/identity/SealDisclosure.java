package jp.kyoyu.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoyu.shared.Wording;

/**
 * The user's seal image (印影, issue #22) in a disclosure: an image of the person's own seal is personal data, so
 * the uploaded one goes into the ZIP as {@code seal/seal.png} as it is stored (the PNG Kyoyu re-drew at upload, not
 * the original file, which is not kept), and {@code seal.csv} says whether there is one, since when and what it is
 * used for. The generated round name seal is no stored data (drawn from the name at each print): the note says so.
 */
@Component
@Transactional(readOnly = true)
class SealDisclosure implements UserDisclosure {

	static final String FILE = "seal.png";

	private final SealRepository seals;

	SealDisclosure(SealRepository seals) {
		this.seals = seals;
	}

	@Override
	public String kind() {
		return "seal";
	}

	@Override
	public String description() {
		return Wording.japanese("disclosure.kind.seal");
	}

	@Override
	public int order() {
		return 11;
	}

	@Override
	public DisclosedTable disclose(String userId) {
		Optional<Seal> seal = seals.findById(userId);
		List<List<Object>> rows = new ArrayList<>();
		rows.add(List.of("uploaded", seal.isPresent()));
		if (seal.isPresent()) {
			rows.add(List.of("updatedAt", seal.get().updatedAt()));
			rows.add(List.of("file", kind() + "/" + FILE));
			rows.add(List.of("note", Wording.japanese("disclosure.seal.uploaded", kind() + "/" + FILE)));
		}
		else {
			rows.add(List.of("note", Wording.japanese("disclosure.seal.none")));
		}
		return new DisclosedTable(List.of("item", "value"), rows);
	}

	@Override
	public List<DisclosedFile> files(String userId) {
		return seals.findById(userId).map(seal -> List.of(new DisclosedFile(FILE, seal.png()))).orElse(List.of());
	}
}

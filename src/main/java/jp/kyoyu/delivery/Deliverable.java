package jp.kyoyu.delivery;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jp.kyoyu.delivery.DeliverableValues.PlacedDocument;
import jp.kyoyu.delivery.DeliverableValues.PlacedFile;
import jp.kyoyu.delivery.DeliveryProfile.FolderRule;
import jp.kyoyu.delivery.DeliveryProfile.ManagementFile;
import jp.kyoyu.delivery.ExportProblem.Kind;
import jp.kyoyu.project.ProjectDetails;
import jp.kyoyu.shared.Wording;

/**
 * The electronic deliverable (G-6), fully prepared before anything is written: folders, management files
 * (Shift_JIS, validated against their DTDs), DTD files and the files to copy with their 8.3 names, plus every
 * problem found on the way (the checker's list).
 */
final class Deliverable {

	private final Set<String> directories = new LinkedHashSet<>();

	/** Path on the medium → bytes of management files and DTDs, sorted so the output is reproducible. */
	private final Map<String, byte[]> generated = new TreeMap<>();

	private final List<Copy> copies = new ArrayList<>();

	private final List<ExportProblem> problems = new ArrayList<>();

	private long totalBytes;

	record Copy(String path, ExportFile file) {
	}

	static Deliverable prepare(DeliveryProfile profile, DeliveryProfiles profiles, ProjectDetails project,
			ExportTree tree) {
		Deliverable deliverable = new Deliverable();
		deliverable.build(profile, profiles, project, tree);
		return deliverable;
	}

	private void build(DeliveryProfile profile, DeliveryProfiles profiles, ProjectDetails project, ExportTree tree) {
		Map<FolderRule, List<PlacedDocument>> placed = new DeliverableLayout(profile, problems).place(tree);
		List<Map<FolderRule, List<PlacedDocument>>> volumes = Volumes.split(placed, profile.medium());
		for (int v = 0; v < volumes.size(); v++) {
			String root = volumes.size() == 1 ? "" : Volumes.directory(v + 1);
			long before = totalBytes;
			volume(profile, profiles, project, volumes.get(v), root, v + 1, volumes.size());
			if (volumes.size() > 1) {
				checkVolumeSize(profile, v + 1, totalBytes - before);
			}
		}
		checkSize(profile, tree, volumes.size() > 1);
	}

	/**
	 * One medium: its index, the folders holding its documents (and the ones always present), their management
	 * files listing only this medium's documents, the files. The 8.3 names were given over the whole deliverable,
	 * so they stay unique across the media.
	 */
	private void volume(DeliveryProfile profile, DeliveryProfiles profiles, ProjectDetails project,
			Map<FolderRule, List<PlacedDocument>> placed, String root, int number, int total) {
		Set<String> present = new LinkedHashSet<>();
		placed.keySet().forEach(rule -> present.add(rule.name()));
		profile.folders().stream().filter(FolderRule::always).forEach(rule -> present.add(rule.name()));
		ManagementContent content = new ManagementContent(new DeliverableValues(profile, project, number, total),
				present, problems);

		management(profile.index(), root, content, List.of(), profiles);
		for (FolderRule rule : profile.folders()) {
			if (!present.contains(rule.name())) {
				continue;
			}
			directories.add(root + rule.name());
			List<PlacedDocument> documents = placed.getOrDefault(rule, List.of());
			if (rule.management() != null && !documents.isEmpty()) {
				management(rule.management(), root + rule.name() + "/", content, documents, profiles);
			}
			for (PlacedDocument document : documents) {
				String dir = root + rule.name() + (document.directory().isEmpty() ? "" : "/" + document.directory());
				directories.add(dir);
				for (PlacedFile file : document.files()) {
					copies.add(new Copy(dir + "/" + file.name(), file.file()));
					totalBytes += file.file().size();
				}
			}
		}
	}

	private void management(ManagementFile spec, String dir, ManagementContent content, List<PlacedDocument> documents,
			DeliveryProfiles profiles) {
		XmlNode root = content.build(spec.file(), spec.elements(), documents);
		try {
			byte[] xml = ManagementXml.write(spec.root(), spec.dtd(), spec.dtdVersion(), root);
			byte[] dtd = ManagementXml.dtd(profiles.dtd(spec.dtd()));
			generated.put(dir + spec.file(), xml);
			generated.put(dir + spec.dtd(), dtd);
			totalBytes += xml.length + dtd.length;
			DtdValidation.errors(xml, spec.dtd(), dtd).forEach(error -> problems.add(new ExportProblem(Kind.INVALID_XML,
					dir + spec.file(), Wording.japanese("delivery.check.invalid-xml", dir + spec.file(), spec.dtd(), error))));
		}
		catch (CharacterCodingException e) {
			throw new IllegalStateException("the encoder replaces, it never reports", e);
		}
	}

	/** A volume can only overflow when one document alone is larger than a medium. */
	private void checkVolumeSize(DeliveryProfile profile, int number, long bytes) {
		long capacity = profile.medium().capacity();
		if (bytes > capacity) {
			problems.add(new ExportProblem(Kind.TOO_LARGE, Volumes.directory(number),
					Wording.japanese("delivery.check.volume-too-large", number, Sizes.label(bytes),
							profile.medium().name() + "（" + Sizes.label(capacity) + "）")));
		}
	}

	private void checkSize(DeliveryProfile profile, ExportTree tree, boolean split) {
		long capacity = profile.medium().capacity();
		String medium = profile.medium().name() + "（" + Sizes.label(capacity) + "）";
		tree.eachDocument((path, document) -> document.files().stream()
			.filter(file -> file.size() > capacity)
			.forEach(file -> problems.add(new ExportProblem(Kind.TOO_LARGE, String.join("/", path) + "/" + file.name(),
					Wording.japanese("delivery.check.file-too-large", file.name(), Sizes.label(file.size()),
							medium)))));
		if (!split && totalBytes > capacity) {
			problems.add(new ExportProblem(Kind.TOO_LARGE, Wording.japanese("delivery.check.where.whole"),
					Wording.japanese("delivery.check.total-too-large", Sizes.label(totalBytes), medium)));
		}
	}

	/** Every problem once (a volume repeats the index's, e.g. a missing 発注者コード). */
	List<ExportProblem> problems() {
		return List.copyOf(new LinkedHashSet<>(problems));
	}

	long totalBytes() {
		return totalBytes;
	}

	/** Writes the volume: folders, management files and DTDs, then the files in order. */
	void write(ExportSink sink, Progress progress) throws IOException {
		for (String dir : directories) {
			sink.directory(dir);
		}
		for (Map.Entry<String, byte[]> entry : generated.entrySet()) {
			sink.bytes(entry.getKey(), entry.getValue());
			progress.add(entry.getValue().length);
		}
		for (Copy copy : copies) {
			RegisteredLayout.copy(copy.file(), copy.path(), sink, progress);
		}
	}

	/** A management file as written (tests). */
	byte[] generated(String path) {
		return generated.get(path);
	}
}

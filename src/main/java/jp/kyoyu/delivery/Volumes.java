package jp.kyoyu.delivery;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.kyoyu.delivery.DeliverableValues.PlacedDocument;
import jp.kyoyu.delivery.DeliveryProfile.FolderRule;
import jp.kyoyu.delivery.DeliveryProfile.Medium;

/**
 * Splits a deliverable across several media when the profile's medium allows it ({@code split: true}) and the
 * documents do not fit on one (G-6, issue #20). Whole documents move, never single files, so a document's
 * originals stay together with its management entry; the order (folders as in the profile, documents in Kyoyu's
 * order) is kept, so volume 1 holds the first documents. Each volume is a complete medium of its own.
 */
final class Volumes {

	/**
	 * Room left on every medium for its management files and DTDs (a few kilobytes each in practice): a fixed
	 * reserve keeps the split independent of the XML, which is written only after the split.
	 */
	static final long RESERVE = 1_000_000;

	private Volumes() {
	}

	/** The directory of volume {@code number} in the output (VOL01, VOL02 …): each is the root of one medium. */
	static String directory(int number) {
		return String.format("VOL%02d/", number);
	}

	static List<Map<FolderRule, List<PlacedDocument>>> split(Map<FolderRule, List<PlacedDocument>> placed,
			Medium medium) {
		long total = placed.values().stream().flatMap(List::stream).mapToLong(Volumes::size).sum();
		if (!medium.split() || total + RESERVE <= medium.capacity()) {
			return List.of(placed);
		}
		long room = Math.max(1, medium.capacity() - RESERVE);
		List<Map<FolderRule, List<PlacedDocument>>> volumes = new ArrayList<>();
		Map<FolderRule, List<PlacedDocument>> current = new LinkedHashMap<>();
		long used = 0;
		for (Map.Entry<FolderRule, List<PlacedDocument>> entry : placed.entrySet()) {
			for (PlacedDocument document : entry.getValue()) {
				long size = size(document);
				if (!current.isEmpty() && used + size > room) {
					volumes.add(current);
					current = new LinkedHashMap<>();
					used = 0;
				}
				current.computeIfAbsent(entry.getKey(), rule -> new ArrayList<>()).add(document);
				used += size;
			}
		}
		volumes.add(current);
		return volumes;
	}

	private static long size(PlacedDocument document) {
		return document.files().stream().mapToLong(file -> file.file().size()).sum();
	}
}

package jp.kyoyu.delivery;

import java.util.List;
import java.util.Map;


import jp.kyoyu.project.ProjectKind;

/**
 * One electronic-deliverable layout, read from {@code delivery/profiles/*.yaml} (see works.yaml for the
 * syntax). The layout is data because the official element lists and DTD versions are not all confirmed
 * (docs/deliverable.md): correcting them must not need a release.
 */
record DeliveryProfile(String id, ProjectKind kind, String label, String standard, Medium medium,
		String filePattern, String extensionPattern, Map<String, String> extensionAliases, String unmapped,
		ManagementFile index, List<FolderRule> folders) {

	DeliveryProfile {
		extensionAliases = extensionAliases == null ? Map.of() : Map.copyOf(extensionAliases);
		folders = folders == null ? List.of() : List.copyOf(folders);
	}

	/**
	 * The medium the deliverable must fit on (e.g. DVD-R, 4.7 GB). With {@code split}, a deliverable larger than
	 * one medium is written as several volumes (VOL01/, VOL02/ … each a complete medium with its own management
	 * files and メディア番号/メディア総枚数) instead of being refused as too large.
	 */
	record Medium(String name, long capacity, boolean split) {
	}

	/** A management file: its name, its DTD file, root element, DTD_version and elements. */
	record ManagementFile(String file, String dtd, String root, String dtdVersion, List<Element> elements) {

		ManagementFile {
			elements = elements == null ? List.of() : List.copyOf(elements);
		}
	}

	/**
	 * One element: a leaf with a {@code value}, or a group with {@code children}; {@code each} repeats it per
	 * document or per file. {@code warnIfEmpty}: an empty value is listed as a warning on the export page before
	 * an export, without refusing it (an element whose mandatory status is not confirmed, e.g. 写真区分).
	 */
	record Element(String name, String value, boolean required, boolean optional, String ifFolder, String each,
			List<Element> children, boolean warnIfEmpty) {

		Element {
			children = children == null ? List.of() : List.copyOf(children);
		}
	}

	/**
	 * A deliverable folder and the Kyoyu top folders whose documents go into it.
	 *
	 * @param originals the sub-directory for the files ({@code ORG}, {@code PIC}, {@code ORG{doc:3}} or empty)
	 * @param fileName the 8.3 base name, with {@code {doc:n}}, {@code {file:n}} and {@code {seq:n}}
	 * @param always created even when empty (REGISTER)
	 */
	record FolderRule(String name, String label, List<String> sources, String originals, String fileName,
			boolean keepConformingNames, List<String> allowedExtensions, boolean always,
			ManagementFile management) {

		FolderRule {
			sources = sources == null ? List.of() : List.copyOf(sources);
			allowedExtensions = allowedExtensions == null ? List.of() : List.copyOf(allowedExtensions);
			originals = originals == null ? "" : originals;
		}
	}
}

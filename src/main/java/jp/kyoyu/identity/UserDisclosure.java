package jp.kyoyu.identity;

import java.util.List;

/**
 * Implemented by every module that keeps data a user wrote or acted on, for a disclosure request (X13, 別表3 13;
 * docs/modules/disclosure.md). {@link UserDisclosures} asks each one for its part and puts the parts into one ZIP,
 * so no module reads another's tables and identity depends on nobody new (the twin of project.ProjectErasure).
 */
public interface UserDisclosure {

	/**
	 * A stable, lower-case name of what this part holds (e.g. {@code posts}): the CSV's file name in the ZIP and
	 * the KIND of {@code ?withhold=KIND:reason}.
	 */
	String kind();

	/** What the part holds, in Japanese, for the readme (the export is handed to the person, like a certificate). */
	String description();

	/** The place in the ZIP and the readme, lowest first. */
	int order();

	/** Everything of this kind about {@code userId}, read from the implementing module's own tables. */
	DisclosedTable disclose(String userId);

	/**
	 * Files of this kind that are personal data but no table (the seal image): written as {@code <kind>/<name>}
	 * after the CSV, which should name them. Most parts have none; withholding the kind leaves them out too.
	 */
	default List<DisclosedFile> files(String userId) {
		return List.of();
	}
}

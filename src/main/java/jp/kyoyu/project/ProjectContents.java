package jp.kyoyu.project;

/**
 * Implemented by modules that keep data inside a project (posts, proposals, files...). A project that still
 * holds such data cannot be deleted one click away: the data goes through the erasure at contract end (G-5),
 * which records what was erased. Members alone are not data.
 */
public interface ProjectContents {

	/** How many items this module keeps for the project. */
	long count(long projectId);

	/** What the items are, in Japanese, to complete "…が3件あります" (e.g. {@code 掲示板の記事}). */
	String label();
}

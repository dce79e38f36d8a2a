package jp.kyoyu.project;

/**
 * Implemented by every module that keeps rows of a project (the twin of {@link ProjectContents}): at the
 * contract's end the erasure module calls each one, lowest {@link #order()} first, each in its own transaction,
 * so this module never depends on the modules that hang off it. {@link #erase} must be safe to call again after
 * a crash (delete by project id, nothing else), because a resumed erasure repeats the step that did not finish.
 */
public interface ProjectErasure {

	/** A stable step name, recorded when the step is done (e.g. {@code board}). */
	String step();

	/** Modules whose rows name other modules' rows go first (consultation before proposals, project last). */
	int order();

	/** Deletes every row of the project this module keeps and says what it deleted. */
	ErasedItems erase(long projectId);
}

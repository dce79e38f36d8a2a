package jp.kyoyu.project;

import java.util.Optional;

/**
 * When a project's data will be erased and why, for its basic info (G-5, 本文3-6: the contractor reports the
 * erasure date to the supervisor from the basic info). The erasure module answers; {@code project} knows nothing
 * of how the date is kept, so it depends on nobody new. Called after the caller checked the project is visible.
 */
public interface ProjectRetention {

	/** Empty when no date can be given yet (a project without a contract end). */
	Optional<RetentionPlan> plan(long projectId);
}

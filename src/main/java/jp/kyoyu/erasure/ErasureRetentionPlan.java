package jp.kyoyu.erasure;

import java.util.Optional;

import org.springframework.stereotype.Component;

import jp.kyoyu.project.ProjectRetention;
import jp.kyoyu.project.RetentionPlan;

/** The erasure date and its basis for the project's exported basic info (G-5: the contractor reports it). */
@Component
class ErasureRetentionPlan implements ProjectRetention {

	private final ErasureManagement erasures;

	ErasureRetentionPlan(ErasureManagement erasures) {
		this.erasures = erasures;
	}

	@Override
	public Optional<RetentionPlan> plan(long projectId) {
		return erasures.plan(projectId);
	}
}

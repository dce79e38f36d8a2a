package jp.kyoyu.proposal;

import org.springframework.stereotype.Component;

import jp.kyoyu.project.ProjectContents;
import jp.kyoyu.shared.Wording;

/** A project holding proposals is not deleted one click away (see {@link ProjectContents}). */
@Component
class ProposalContents implements ProjectContents {

	private final ProposalRepository proposals;

	ProposalContents(ProposalRepository proposals) {
		this.proposals = proposals;
	}

	@Override
	public long count(long projectId) {
		return proposals.countByProjectId(projectId);
	}

	@Override
	public String label() {
		return Wording.of("proposal.contents.proposals");
	}
}

package jp.kyoyu.proposal;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import jp.kyoyu.project.ErasedItems;
import jp.kyoyu.project.ProjectErasure;
import jp.kyoyu.shared.Wording;

/** Erases the project's proposals and their attachments (issue #16); after the workflow's records of them. */
@Component
class ProposalErasure implements ProjectErasure {

	private final JdbcTemplate jdbc;

	ProposalErasure(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String step() {
		return "proposal";
	}

	@Override
	public int order() {
		return 50;
	}

	@Override
	public ErasedItems erase(long projectId) {
		List<Long> files = jdbc.queryForList("select file_id from proposal_attachment where proposal_id in "
				+ "(select id from proposal_proposal where project_id = ?)", Long.class, projectId);
		List<String> targets = jdbc.queryForList("select id from proposal_proposal where project_id = ?", Long.class,
				projectId).stream().map(id -> "proposal:" + id).toList();
		jdbc.update("delete from proposal_attachment where proposal_id in "
				+ "(select id from proposal_proposal where project_id = ?)", projectId);
		long proposals = jdbc.update("delete from proposal_proposal where project_id = ?", projectId);
		return new ErasedItems(Map.of(Wording.japanese("proposal.contents.proposals"), proposals,
				Wording.japanese("proposal.erased.attachments"), (long) files.size()), files, targets);
	}
}

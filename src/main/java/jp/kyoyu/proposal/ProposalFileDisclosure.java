package jp.kyoyu.proposal;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import jp.kyoyu.identity.DisclosedTable;
import jp.kyoyu.identity.UserDisclosure;
import jp.kyoyu.shared.Wording;

/**
 * The files attached to the proposals a user wrote, by name, size, SHA-256 and date (X13); the bytes stay out
 * (docs/modules/disclosure.md).
 */
@Component
class ProposalFileDisclosure implements UserDisclosure {

	private static final String QUERY = "select a.id, a.proposal_id, p.project_id, a.kind, a.name, a.size, "
			+ "a.sha256, a.created_at from proposal_attachment a join proposal_proposal p on p.id = a.proposal_id "
			+ "where p.author_user_id = ? order by a.proposal_id, a.position";

	private final JdbcTemplate jdbc;

	ProposalFileDisclosure(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String kind() {
		return "proposal-files";
	}

	@Override
	public String description() {
		return Wording.japanese("proposal.disclosure.files");
	}

	@Override
	public int order() {
		return 41;
	}

	@Override
	public DisclosedTable disclose(String userId) {
		return DisclosedTable.of(jdbc.queryForList(QUERY, userId),
				"id", "proposal_id", "project_id", "kind", "name", "size", "sha256", "created_at");
	}
}

package jp.kyoyu.proposal;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import jp.kyoyu.identity.DisclosedTable;
import jp.kyoyu.identity.UserDisclosure;
import jp.kyoyu.shared.Wording;

/** The proposals (発議書類) a user wrote, with their form data, for a disclosure request (X13). */
@Component
class ProposalDisclosure implements UserDisclosure {

	/** Only this module's own tables (docs/modules/disclosure.md). */
	private static final String QUERY = "select id, project_id, type_key, title, "
			+ "status, created_at, updated_at, fields_json "
			+ "from proposal_proposal where author_user_id = ? "
			+ "order by id";

	private final JdbcTemplate jdbc;

	ProposalDisclosure(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String kind() {
		return "proposals";
	}

	@Override
	public String description() {
		return Wording.japanese("proposal.disclosure.proposals");
	}

	@Override
	public int order() {
		return 40;
	}

	@Override
	public DisclosedTable disclose(String userId) {
		return DisclosedTable.of(jdbc.queryForList(QUERY, userId),
				"id", "project_id", "type_key", "title", "status", "created_at", "updated_at",
				"fields_json");
	}
}

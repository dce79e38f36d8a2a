package jp.kyoyu.workflow;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import jp.kyoyu.identity.DisclosedTable;
import jp.kyoyu.identity.UserDisclosure;
import jp.kyoyu.shared.Wording;

/** The approval steps a user acted on, themself or as a proxy, or that a proxy acted on for them (X13). */
@Component
class ApprovalDisclosure implements UserDisclosure {

	/** Only this module's own tables (docs/modules/disclosure.md). */
	private static final String QUERY = "select proposal_id, at, action, actor_user_id, actor_name, on_behalf_of_user_id, "
			+ "on_behalf_of_name, comment "
			+ "from workflow_history where actor_user_id = ? or on_behalf_of_user_id = ? "
			+ "order by at, id";

	private final JdbcTemplate jdbc;

	ApprovalDisclosure(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String kind() {
		return "approvals";
	}

	@Override
	public String description() {
		return Wording.japanese("workflow.disclosure.approvals");
	}

	@Override
	public int order() {
		return 50;
	}

	@Override
	public DisclosedTable disclose(String userId) {
		return DisclosedTable.of(jdbc.queryForList(QUERY, userId, userId),
				"proposal_id", "at", "action", "actor_user_id", "actor_name", "on_behalf_of_user_id",
				"on_behalf_of_name", "comment");
	}
}

package jp.kyoyu.project;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import jp.kyoyu.identity.DisclosedTable;
import jp.kyoyu.identity.UserDisclosure;
import jp.kyoyu.shared.Wording;

/** The projects a user is a member of and in which role, for a disclosure request (X13). */
@Component
class MembershipDisclosure implements UserDisclosure {

	/** Only this module's own tables (docs/modules/disclosure.md). */
	private static final String QUERY = "select m.project_id, p.name as project_name, m.role "
			+ "from project_member m join project p on p.id = m.project_id where m.user_id = ? "
			+ "order by m.project_id";

	private final JdbcTemplate jdbc;

	MembershipDisclosure(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String kind() {
		return "memberships";
	}

	@Override
	public String description() {
		return Wording.japanese("project.disclosure.memberships");
	}

	@Override
	public int order() {
		return 20;
	}

	@Override
	public DisclosedTable disclose(String userId) {
		return DisclosedTable.of(jdbc.queryForList(QUERY, userId),
				"project_id", "project_name", "role");
	}
}

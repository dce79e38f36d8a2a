package jp.kyoyu.audit;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import jp.kyoyu.identity.DisclosedTable;
import jp.kyoyu.identity.UserDisclosure;
import jp.kyoyu.shared.Wording;

/** Audit entries by a user or about their account, for a disclosure request (X13); scrubbed entries as they stand. */
@Component
class AuditDisclosure implements UserDisclosure {

	/** Only this module's own tables (docs/modules/disclosure.md). */
	private static final String QUERY = "select occurred_at, actor, action, target, detail, remote_address, succeeded "
			+ "from audit_entry where actor = ? or target = ? "
			+ "order by id";

	private final JdbcTemplate jdbc;

	AuditDisclosure(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String kind() {
		return "audit";
	}

	@Override
	public String description() {
		return Wording.japanese("audit.disclosure.audit");
	}

	@Override
	public int order() {
		return 90;
	}

	@Override
	public DisclosedTable disclose(String userId) {
		return DisclosedTable.of(jdbc.queryForList(QUERY, userId, userId),
				"occurred_at", "actor", "action", "target", "detail", "remote_address", "succeeded");
	}
}

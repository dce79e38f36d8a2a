package jp.kyoyu.consultation;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import jp.kyoyu.identity.DisclosedTable;
import jp.kyoyu.identity.UserDisclosure;
import jp.kyoyu.shared.Wording;

/**
 * What a user wrote in the pre-consultation (事前打合せ), for a disclosure request (X13): the matters they
 * registered and their comments, one row each with its text. Their files are {@link ConsultationFileDisclosure}.
 */
@Component
class ConsultationDisclosure implements UserDisclosure {

	/** Only this module's own tables (docs/modules/disclosure.md). */
	private static final String QUERY = "select 'matter' as kind, m.id as matter_id, null as comment_id, "
			+ "m.project_id, m.title, m.body, m.created_at from consultation_matter m where m.registered_by = ? "
			+ "union all "
			+ "select 'comment', c.matter_id, c.id, m.project_id, m.title, c.body, c.created_at "
			+ "from consultation_comment c join consultation_matter m on m.id = c.matter_id "
			+ "where c.author_user_id = ? "
			+ "order by created_at, matter_id, comment_id";

	private final JdbcTemplate jdbc;

	ConsultationDisclosure(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String kind() {
		return "consultations";
	}

	@Override
	public String description() {
		return Wording.japanese("consultation.disclosure.consultations");
	}

	@Override
	public int order() {
		return 45;
	}

	@Override
	public DisclosedTable disclose(String userId) {
		return DisclosedTable.of(jdbc.queryForList(QUERY, userId, userId),
				"kind", "matter_id", "comment_id", "project_id", "title", "body", "created_at");
	}
}

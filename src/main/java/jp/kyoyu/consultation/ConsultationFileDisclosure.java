package jp.kyoyu.consultation;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import jp.kyoyu.identity.DisclosedTable;
import jp.kyoyu.identity.UserDisclosure;
import jp.kyoyu.shared.Wording;

/**
 * The files a user attached in the pre-consultation, by name, size and date (X13). The bytes stay out: they can
 * be large and are handed over with the project's exports (docs/modules/disclosure.md).
 */
@Component
class ConsultationFileDisclosure implements UserDisclosure {

	private static final String QUERY = "select f.id, f.matter_id, f.comment_id, m.project_id, f.name, f.size, "
			+ "f.created_at from consultation_file f join consultation_matter m on m.id = f.matter_id "
			+ "where f.uploaded_by = ? order by f.id";

	private final JdbcTemplate jdbc;

	ConsultationFileDisclosure(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String kind() {
		return "consultation-files";
	}

	@Override
	public String description() {
		return Wording.japanese("consultation.disclosure.files");
	}

	@Override
	public int order() {
		return 46;
	}

	@Override
	public DisclosedTable disclose(String userId) {
		return DisclosedTable.of(jdbc.queryForList(QUERY, userId),
				"id", "matter_id", "comment_id", "project_id", "name", "size", "created_at");
	}
}

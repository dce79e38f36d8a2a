package jp.kyoyu.document;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import jp.kyoyu.identity.DisclosedTable;
import jp.kyoyu.identity.UserDisclosure;
import jp.kyoyu.shared.Wording;

/**
 * The documents a user filed (書類), with the names, sizes and SHA-256 of their files, for a disclosure request
 * (X13): one row per file (a document without files has one row with empty file columns). The bytes stay out, as
 * for every part (docs/modules/disclosure.md).
 */
@Component
class DocumentDisclosure implements UserDisclosure {

	/** Only this module's own tables (docs/modules/disclosure.md). */
	private static final String QUERY = "select d.id, d.project_id, d.title, d.category, d.document_date, "
			+ "d.status, d.created_at, f.name as file_name, f.size as file_size, f.sha256 as file_sha256 "
			+ "from document_entry d left join document_file f on f.document_id = d.id "
			+ "where d.author_user_id = ? order by d.id, f.position";

	private final JdbcTemplate jdbc;

	DocumentDisclosure(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String kind() {
		return "documents";
	}

	@Override
	public String description() {
		return Wording.japanese("document.disclosure.documents");
	}

	@Override
	public int order() {
		return 55;
	}

	@Override
	public DisclosedTable disclose(String userId) {
		return DisclosedTable.of(jdbc.queryForList(QUERY, userId), "id", "project_id", "title", "category",
				"document_date", "status", "created_at", "file_name", "file_size", "file_sha256");
	}
}

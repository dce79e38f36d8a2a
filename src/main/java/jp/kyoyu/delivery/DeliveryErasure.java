package jp.kyoyu.delivery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import jp.kyoyu.project.ErasedItems;
import jp.kyoyu.project.ProjectErasure;
import jp.kyoyu.shared.Wording;

/**
 * Erases the project's exports and their result files in the job directories (issue #16). What an export wrote
 * to external media on purpose (the deliverable handed over) is outside Kyoyu and stays.
 */
@Component
class DeliveryErasure implements ProjectErasure {

	private final JdbcTemplate jdbc;

	private final DeliverySettings settings;

	private final ResultStore stored;

	DeliveryErasure(JdbcTemplate jdbc, DeliverySettings settings, ResultStore stored) {
		this.stored = stored;
		this.jdbc = jdbc;
		this.settings = settings;
	}

	@Override
	public String step() {
		return "delivery";
	}

	@Override
	public int order() {
		return 20;
	}

	@Override
	public ErasedItems erase(long projectId) {
		List<Long> jobs = jdbc.queryForList("select id from delivery_export where project_id = ?", Long.class, projectId);
		for (long job : jobs) {
			try {
				stored.delete(job);
			}
			catch (IOException e) {
				throw new UncheckedIOException("Could not delete the result of export " + job, e);
			}
		}
		long deleted = jdbc.update("delete from delivery_export where project_id = ?", projectId);
		return new ErasedItems(Map.of(Wording.japanese("delivery.erased.exports"), deleted), List.of(), List.of());
	}
}

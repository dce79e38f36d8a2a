package jp.kyoyu.support;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Spring Modulith's event publication registry as a test sees it. A persisted event is registered in the
 * publisher's transaction and marked complete when its asynchronous listener has committed, so "nothing
 * incomplete about X" is the moment a listener has finished with X - including a listener that (rightly) changed
 * nothing, which no other state shows. Tests wait for that instead of sleeping.
 */
public final class EventPublications {

	private final JdbcTemplate jdbc;

	public EventPublications(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * How many publications whose serialized event contains {@code text} (a unique title, say) a listener has not
	 * finished yet, as the operator sees them in the database.
	 */
	public int incompleteAbout(String text) {
		return jdbc.queryForObject("select count(*) from event_publication where completion_date is null "
				+ "and serialized_event like ?", Integer.class, "%" + text + "%");
	}

	/** Whether every listener of every event about {@code text} has finished: a state for {@code Scenario} to wait for. */
	public boolean allCompleteAbout(String text) {
		return incompleteAbout(text) == 0;
	}
}

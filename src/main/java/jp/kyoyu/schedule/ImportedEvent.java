package jp.kyoyu.schedule;

/**
 * One VEVENT as read from a file.
 *
 * @param key its RECURRENCE-ID in ISO form, {@literal ""} for the event (or series) itself
 * @param cancelled STATUS:CANCELLED: not imported, and removed where an earlier import stored it
 */
record ImportedEvent(String uid, String key, EventData data, boolean cancelled) {

	ImportedEvent withData(EventData newData) {
		return new ImportedEvent(uid, key, newData, cancelled);
	}
}

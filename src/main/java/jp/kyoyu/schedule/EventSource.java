package jp.kyoyu.schedule;

/** Where an event came from; imported events are updated by the next import of the same file. */
public enum EventSource {

	/** Typed into Kyoyu (page or API). */
	KYOYU,

	/** Read from an iCalendar file exported by groupware. */
	IMPORT,

	/** Created by another module through {@link ScheduleManagement#scheduleLinked}, e.g. a 立会 date. */
	LINKED
}

/**
 * Schedules: personal and project events, the supervisor's one-screen view across projects, events registered
 * across several projects at once, busy-only privacy, and iCalendar import and subscription feed (C7, S7).
 * Who may see an event in full follows project membership (docs/modules/schedule.md).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Schedules",
		allowedDependencies = { "shared", "identity", "project", "masterdata" })
package jp.kyoyu.schedule;

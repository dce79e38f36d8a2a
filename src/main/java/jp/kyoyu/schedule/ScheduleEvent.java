package jp.kyoyu.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One event of one user: a single event, one project's copy of an event registered across several projects
 * (the copies share {@link #seriesId()}), or an imported iCalendar event (possibly recurring).
 */
@Entity
@Table(name = "schedule_event")
class ScheduleEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	/** Raised by JPA on every change; a write based on an older one fails instead of overwriting (issue #15). */
	@Version
	private long version;

	private String ownerId;

	private String seriesId;

	private Long projectId;

	private String title;

	private boolean allDay;

	private Instant startAt;

	private Instant endAt;

	private LocalDate startDate;

	private LocalDate endDate;

	private String place;

	private String memo;

	private boolean privateEvent;

	private String uid;

	private String recurrenceKey;

	@Column(name = "rrule")
	private String rrule;

	private String exdates;

	private String zone;

	private Instant seriesUntil;

	@Enumerated(EnumType.STRING)
	private EventSource source;

	private String sourceRef;

	private Instant createdAt;

	private Instant updatedAt;

	protected ScheduleEvent() {
	}

	ScheduleEvent(String ownerId, String seriesId, String uid, String recurrenceKey, EventSource source,
			Instant now) {
		this.ownerId = ownerId;
		this.seriesId = seriesId;
		this.uid = uid;
		this.recurrenceKey = recurrenceKey;
		this.source = source;
		this.createdAt = now;
		this.updatedAt = now;
	}

	/** Takes over what the user (or the imported file) says; the owner, series and UID stay. */
	void apply(EventData data, Long projectId, Instant now) {
		this.projectId = projectId;
		this.title = data.title();
		this.allDay = data.allDay();
		this.startAt = data.startAt();
		this.endAt = data.endAt();
		this.startDate = data.allDay() ? data.startDate() : null;
		this.endDate = data.allDay() ? data.endDate() : null;
		this.place = data.place();
		this.memo = data.memo();
		this.privateEvent = data.privateEvent();
		this.rrule = data.recurrence() == null ? null : data.recurrence().rrule();
		this.exdates = data.recurrence() == null ? null : data.recurrence().exdates();
		this.zone = data.recurrence() == null ? null : data.recurrence().zone();
		this.seriesUntil = data.recurrence() == null ? null : data.recurrence().until();
		this.updatedAt = now;
	}

	/** What {@link #apply} would be given to leave the event as it is (to tell changed from unchanged). */
	EventData data() {
		Recurrence recurrence = rrule == null ? null : new Recurrence(rrule, exdates, zone, seriesUntil);
		return new EventData(title, allDay, startAt, endAt, startDate, endDate, place, memo, privateEvent, recurrence);
	}

	boolean sameAs(EventData other, Long otherProjectId) {
		return data().equals(other) && Objects.equals(projectId, otherProjectId);
	}

	void setSourceRef(String sourceRef) {
		this.sourceRef = sourceRef;
	}

	Long id() {
		return id;
	}

	String ownerId() {
		return ownerId;
	}

	String seriesId() {
		return seriesId;
	}

	Long projectId() {
		return projectId;
	}

	String title() {
		return title;
	}

	boolean allDay() {
		return allDay;
	}

	Instant startAt() {
		return startAt;
	}

	Instant endAt() {
		return endAt;
	}

	LocalDate startDate() {
		return startDate;
	}

	LocalDate endDate() {
		return endDate;
	}

	String place() {
		return place;
	}

	String memo() {
		return memo;
	}

	boolean privateEvent() {
		return privateEvent;
	}

	String uid() {
		return uid;
	}

	String recurrenceKey() {
		return recurrenceKey;
	}

	boolean recurring() {
		return rrule != null;
	}

	Recurrence recurrence() {
		return data().recurrence();
	}

	EventSource source() {
		return source;
	}

	String sourceRef() {
		return sourceRef;
	}

	Instant updatedAt() {
		return updatedAt;
	}

	long version() {
		return version;
	}
}

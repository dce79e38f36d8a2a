package jp.kyoyu.masterdata;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A row of the holiday calendar. */
@Entity
@Table(name = "masterdata_day_off")
class DayOff {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	/** Raised by JPA on every change; a write based on an older one fails instead of overwriting (issue #15). */
	@Version
	private long version;

	@Column(name = "off_date")
	private LocalDate date;

	private String name;

	@Enumerated(EnumType.STRING)
	private HolidayKind kind;

	protected DayOff() {
	}

	DayOff(Holiday holiday) {
		change(holiday);
	}

	/** @return whether anything differed */
	boolean change(Holiday holiday) {
		boolean changed = !holiday.equals(toHoliday());
		this.date = holiday.date();
		this.name = holiday.name();
		this.kind = holiday.kind();
		return changed;
	}

	LocalDate date() {
		return date;
	}

	Holiday toHoliday() {
		return new Holiday(date, name, kind);
	}

	long version() {
		return version;
	}
}

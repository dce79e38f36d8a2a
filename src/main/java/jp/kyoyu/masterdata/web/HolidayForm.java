package jp.kyoyu.masterdata.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

import jp.kyoyu.masterdata.Holiday;
import jp.kyoyu.masterdata.HolidayInput;
import jp.kyoyu.masterdata.HolidayKind;

/** The form of one day off. */
class HolidayForm {

	/** The version the form was opened with (issue #15); a stale one is refused, what was typed kept. */
	private Long version;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate date;

	private String name;

	private HolidayKind kind;

	static HolidayForm of(Holiday holiday) {
		HolidayForm form = new HolidayForm();
		form.date = holiday.date();
		form.name = holiday.name();
		form.kind = holiday.kind();
		return form;
	}

	HolidayInput toInput() {
		return new HolidayInput(date, name, kind);
	}

	public LocalDate getDate() {
		return date;
	}

	public void setDate(LocalDate date) {
		this.date = date;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public HolidayKind getKind() {
		return kind;
	}

	public void setKind(HolidayKind kind) {
		this.kind = kind;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}
}

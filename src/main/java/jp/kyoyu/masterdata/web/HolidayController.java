package jp.kyoyu.masterdata.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.kyoyu.masterdata.Holiday;
import jp.kyoyu.masterdata.HolidayCalendarManagement;
import jp.kyoyu.masterdata.HolidayImportResult;
import jp.kyoyu.masterdata.HolidayKind;
import jp.kyoyu.shared.InvalidInputException;

/** The holiday calendar (休日カレンダー) by year: days off one by one, and the Cabinet Office CSV import. */
@Controller
@RequestMapping("/admin/master/holidays")
class HolidayController {

	private static final String BASE = "/admin/master/holidays";

	private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("uuuu/MM/dd");

	private final HolidayCalendarManagement calendar;

	private final MasterPages pages;

	private final Clock clock;

	HolidayController(HolidayCalendarManagement calendar, MasterPages pages, Clock clock) {
		this.calendar = calendar;
		this.pages = pages;
		this.clock = clock;
	}

	@GetMapping
	String list(@RequestParam(required = false) Integer year, Model model) {
		return list(yearOrNow(year), FormErrors.none(), model);
	}

	@PostMapping("/import")
	String importCsv(@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) Integer year,
			Model model, RedirectAttributes redirect) throws IOException {
		if (file == null || file.isEmpty()) {
			return list(yearOrNow(year), FormErrors.of(new InvalidInputException("file",
					pages.label("master.holiday.import.noFile"))), model);
		}
		try {
			HolidayImportResult result = calendar.importCsv(file.getBytes());
			pages.notice(redirect, "master.holiday.import.done", result.added(), result.updated(), result.unchanged());
			return "redirect:" + BASE + "?year=" + result.firstYear();
		}
		catch (InvalidInputException e) {
			return list(yearOrNow(year), FormErrors.of(e), model);
		}
	}

	@GetMapping("/new")
	String newForm(Model model) {
		HolidayForm form = new HolidayForm();
		form.setKind(HolidayKind.NATIONAL_HOLIDAY);
		return form(model, form, null, FormErrors.none());
	}

	@PostMapping("/new")
	String create(@ModelAttribute HolidayForm holidayForm, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		FormErrors errors = pages.errors(binding);
		if (!errors.any()) {
			try {
				Holiday holiday = calendar.add(holidayForm.toInput());
				pages.notice(redirect, "master.notice.created", SHORT_DATE.format(holiday.date()) + " " + holiday.name());
				return "redirect:" + BASE + "?year=" + holiday.date().getYear();
			}
			catch (InvalidInputException e) {
				errors.add(e);
			}
		}
		return form(model, holidayForm, null, errors);
	}

	@GetMapping("/{date}/edit")
	String editForm(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, Model model) {
		Holiday holiday = calendar.get(date);
		HolidayForm form = HolidayForm.of(holiday);
		form.setVersion(calendar.version(date));
		return form(model, form, holiday, FormErrors.none());
	}

	@PostMapping("/{date}/edit")
	String update(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@ModelAttribute HolidayForm holidayForm, BindingResult binding, Model model, RedirectAttributes redirect) {
		Holiday holiday = calendar.get(date);
		FormErrors errors = pages.errors(binding);
		if (!errors.any()) {
			try {
				Holiday changed = calendar.update(date, holidayForm.getVersion(), holidayForm.toInput());
				pages.notice(redirect, "master.notice.updated", SHORT_DATE.format(changed.date()) + " " + changed.name());
				return "redirect:" + BASE + "?year=" + changed.date().getYear();
			}
			catch (InvalidInputException e) {
				errors.add(e);
			}
		}
		return form(model, holidayForm, holiday, errors);
	}

	@GetMapping("/{date}/delete")
	String confirmDelete(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, Model model) {
		Holiday holiday = calendar.get(date);
		model.addAttribute("version", calendar.version(date));
		return pages.confirmDelete(model, "master.holiday", BASE + "/" + date + "/delete", BASE + "?year=" + date.getYear(),
				FormErrors.none(), pages.row("master.holiday.date", SHORT_DATE.format(date)),
				pages.row("master.holiday.name", holiday.name()),
				pages.row("master.holiday.kind", pages.label("master.holiday.kind." + holiday.kind())));
	}

	@PostMapping("/{date}/delete")
	String delete(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam(required = false) Long version, RedirectAttributes redirect) {
		Holiday holiday = calendar.get(date);
		calendar.delete(date, version);
		pages.notice(redirect, "master.notice.deleted", SHORT_DATE.format(date) + " " + holiday.name());
		return "redirect:" + BASE + "?year=" + date.getYear();
	}

	private String list(int year, FormErrors importErrors, Model model) {
		model.addAttribute("year", year);
		model.addAttribute("holidays", calendar.ofYear(year));
		model.addAttribute("years", calendar.years());
		model.addAttribute("errors", importErrors);
		return "masterdata/holidays";
	}

	private int yearOrNow(Integer year) {
		// Outside the range the calendar accepts there is nothing to show; the current year is more useful.
		return year != null && year >= 1900 && year <= 2999 ? year : LocalDate.now(clock).getYear();
	}

	private String form(Model model, HolidayForm form, Holiday editing, FormErrors errors) {
		model.addAttribute("holidayForm", form);
		model.addAttribute("editing", editing);
		model.addAttribute("errors", errors);
		model.addAttribute("kinds", HolidayKind.values());
		return "masterdata/holiday-form";
	}
}

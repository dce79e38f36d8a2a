package jp.kyoyu.masterdata.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.kyoyu.masterdata.JobTitle;
import jp.kyoyu.masterdata.JobTitleManagement;
import jp.kyoyu.shared.InvalidInputException;

/** Job titles (役職): list, register, change, delete after confirmation. */
@Controller
@RequestMapping("/admin/master/job-titles")
class JobTitleController {

	private static final String LIST = "redirect:/admin/master/job-titles";

	private final JobTitleManagement jobTitles;

	private final MasterPages pages;

	JobTitleController(JobTitleManagement jobTitles, MasterPages pages) {
		this.jobTitles = jobTitles;
		this.pages = pages;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("jobTitles", jobTitles.findAll());
		return "masterdata/job-titles";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		return form(model, new JobTitleForm(), null, FormErrors.none());
	}

	@PostMapping("/new")
	String create(@ModelAttribute JobTitleForm jobTitleForm, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		FormErrors errors = pages.errors(binding);
		if (!errors.any()) {
			try {
				JobTitle jobTitle = jobTitles.create(jobTitleForm.toInput());
				pages.notice(redirect, "master.notice.created", jobTitle.name());
				return LIST;
			}
			catch (InvalidInputException e) {
				errors.add(e);
			}
		}
		return form(model, jobTitleForm, null, errors);
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable long id, Model model) {
		JobTitle jobTitle = jobTitles.get(id);
		return form(model, JobTitleForm.of(jobTitle), jobTitle, FormErrors.none());
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable long id, @ModelAttribute JobTitleForm jobTitleForm, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		JobTitle jobTitle = jobTitles.get(id);
		FormErrors errors = pages.errors(binding);
		if (!errors.any()) {
			try {
				JobTitle changed = jobTitles.update(id, jobTitleForm.getVersion(), jobTitleForm.toInput());
				pages.notice(redirect, "master.notice.updated", changed.name());
				return LIST;
			}
			catch (InvalidInputException e) {
				errors.add(e);
			}
		}
		return form(model, jobTitleForm, jobTitle, errors);
	}

	@GetMapping("/{id}/delete")
	String confirmDelete(@PathVariable long id, Model model) {
		JobTitle jobTitle = jobTitles.get(id);
		model.addAttribute("version", jobTitle.version());
		return pages.confirmDelete(model, "master.jobTitle", "/admin/master/job-titles/" + id + "/delete",
				"/admin/master/job-titles", FormErrors.none(), pages.row("master.jobTitle.name", jobTitle.name()),
				pages.row("master.jobTitle.displayOrder", jobTitle.displayOrder()));
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable long id, @RequestParam(required = false) Long version,
			RedirectAttributes redirect) {
		JobTitle jobTitle = jobTitles.get(id);
		jobTitles.delete(id, version);
		pages.notice(redirect, "master.notice.deleted", jobTitle.name());
		return LIST;
	}

	private String form(Model model, JobTitleForm form, JobTitle editing, FormErrors errors) {
		model.addAttribute("jobTitleForm", form);
		model.addAttribute("editing", editing);
		model.addAttribute("errors", errors);
		return "masterdata/job-title-form";
	}
}

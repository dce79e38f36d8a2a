package jp.kyoyu.masterdata.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.kyoyu.masterdata.MailTemplate;
import jp.kyoyu.masterdata.MailTemplateManagement;
import jp.kyoyu.shared.InvalidInputException;

/** Notification mail templates: list, register, change, delete after confirmation. */
@Controller
@RequestMapping("/admin/master/mail-templates")
class MailTemplateController {

	private static final String LIST = "redirect:/admin/master/mail-templates";

	private final MailTemplateManagement templates;

	private final MasterPages pages;

	MailTemplateController(MailTemplateManagement templates, MasterPages pages) {
		this.templates = templates;
		this.pages = pages;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("templates", templates.findAll());
		return "masterdata/mail-templates";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		return form(model, new MailTemplateForm(), null, FormErrors.none());
	}

	@PostMapping("/new")
	String create(@ModelAttribute MailTemplateForm mailTemplateForm, Model model, RedirectAttributes redirect) {
		try {
			MailTemplate template = templates.create(mailTemplateForm.toInput());
			pages.notice(redirect, "master.notice.created", template.key());
			return LIST;
		}
		catch (InvalidInputException e) {
			return form(model, mailTemplateForm, null, FormErrors.of(e));
		}
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable long id, Model model) {
		MailTemplate template = templates.get(id);
		return form(model, MailTemplateForm.of(template), template, FormErrors.none());
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable long id, @ModelAttribute MailTemplateForm mailTemplateForm, Model model,
			RedirectAttributes redirect) {
		MailTemplate template = templates.get(id);
		try {
			MailTemplate changed = templates.update(id, mailTemplateForm.getVersion(), mailTemplateForm.toInput());
			pages.notice(redirect, "master.notice.updated", changed.key());
			return LIST;
		}
		catch (InvalidInputException e) {
			return form(model, mailTemplateForm, template, FormErrors.of(e));
		}
	}

	@GetMapping("/{id}/delete")
	String confirmDelete(@PathVariable long id, Model model) {
		MailTemplate template = templates.get(id);
		model.addAttribute("version", template.version());
		model.addAttribute("warning", "master.mailTemplate.deleteWarning");
		return pages.confirmDelete(model, "master.mailTemplate", "/admin/master/mail-templates/" + id + "/delete",
				"/admin/master/mail-templates", FormErrors.none(), pages.row("master.mailTemplate.key", template.key()),
				pages.row("master.mailTemplate.subject", template.subject()));
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable long id, @RequestParam(required = false) Long version,
			RedirectAttributes redirect) {
		MailTemplate template = templates.get(id);
		templates.delete(id, version);
		pages.notice(redirect, "master.notice.deleted", template.key());
		return LIST;
	}

	private String form(Model model, MailTemplateForm form, MailTemplate editing, FormErrors errors) {
		model.addAttribute("mailTemplateForm", form);
		model.addAttribute("editing", editing);
		model.addAttribute("errors", errors);
		return "masterdata/mail-template-form";
	}
}

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

import jp.kyoyu.masterdata.AgencyManagement;
import jp.kyoyu.masterdata.Organisation;
import jp.kyoyu.masterdata.OrganisationKind;
import jp.kyoyu.masterdata.OrganisationManagement;
import jp.kyoyu.shared.InvalidInputException;

/** Organisations (組織): list, register, change, delete after confirmation. */
@Controller
@RequestMapping("/admin/master/organisations")
class OrganisationController {

	private static final String LIST = "redirect:/admin/master/organisations";

	private final OrganisationManagement organisations;

	private final AgencyManagement agencies;

	private final MasterPages pages;

	OrganisationController(OrganisationManagement organisations, AgencyManagement agencies, MasterPages pages) {
		this.organisations = organisations;
		this.agencies = agencies;
		this.pages = pages;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("organisations", organisations.findAll());
		return "masterdata/organisations";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		OrganisationForm form = new OrganisationForm();
		form.setKind(OrganisationKind.ORDERER);
		return form(model, form, null, FormErrors.none());
	}

	@PostMapping("/new")
	String create(@ModelAttribute OrganisationForm organisationForm, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		FormErrors errors = pages.errors(binding);
		if (!errors.any()) {
			try {
				Organisation organisation = organisations.create(organisationForm.toInput());
				pages.notice(redirect, "master.notice.created", organisation.name());
				return LIST;
			}
			catch (InvalidInputException e) {
				errors.add(e);
			}
		}
		return form(model, organisationForm, null, errors);
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable long id, Model model) {
		Organisation organisation = organisations.get(id);
		return form(model, OrganisationForm.of(organisation), organisation, FormErrors.none());
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable long id, @ModelAttribute OrganisationForm organisationForm, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		Organisation organisation = organisations.get(id);
		FormErrors errors = pages.errors(binding);
		if (!errors.any()) {
			try {
				Organisation changed = organisations.update(id, organisationForm.getVersion(), organisationForm.toInput());
				pages.notice(redirect, "master.notice.updated", changed.name());
				return LIST;
			}
			catch (InvalidInputException e) {
				errors.add(e);
			}
		}
		return form(model, organisationForm, organisation, errors);
	}

	@GetMapping("/{id}/delete")
	String confirmDelete(@PathVariable long id, Model model) {
		Organisation organisation = organisations.get(id);
		model.addAttribute("version", organisation.version());
		return pages.confirmDelete(model, "master.organisation", "/admin/master/organisations/" + id + "/delete",
				"/admin/master/organisations", FormErrors.none(),
				pages.row("master.organisation.name", organisation.name()),
				pages.row("master.organisation.kind", pages.label("master.organisation.kind." + organisation.kind())),
				pages.row("master.organisation.agency", organisation.agencyName()));
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable long id, @RequestParam(required = false) Long version,
			RedirectAttributes redirect) {
		Organisation organisation = organisations.get(id);
		organisations.delete(id, version);
		pages.notice(redirect, "master.notice.deleted", organisation.name());
		return LIST;
	}

	private String form(Model model, OrganisationForm form, Organisation editing, FormErrors errors) {
		model.addAttribute("organisationForm", form);
		model.addAttribute("editing", editing);
		model.addAttribute("errors", errors);
		model.addAttribute("agencies", agencies.findAll());
		model.addAttribute("kinds", OrganisationKind.values());
		return "masterdata/organisation-form";
	}
}

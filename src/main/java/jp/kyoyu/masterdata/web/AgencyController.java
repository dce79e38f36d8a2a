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

import jp.kyoyu.masterdata.Agency;
import jp.kyoyu.masterdata.AgencyManagement;
import jp.kyoyu.shared.InvalidInputException;

/** Agencies (発注機関): list, register, change, delete after confirmation. */
@Controller
@RequestMapping("/admin/master/agencies")
class AgencyController {

	private static final String LIST = "redirect:/admin/master/agencies";

	private final AgencyManagement agencies;

	private final MasterPages pages;

	AgencyController(AgencyManagement agencies, MasterPages pages) {
		this.agencies = agencies;
		this.pages = pages;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("agencies", agencies.findAll());
		return "masterdata/agencies";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		return form(model, new AgencyForm(), null, FormErrors.none());
	}

	@PostMapping("/new")
	String create(@ModelAttribute AgencyForm agencyForm, Model model,
			RedirectAttributes redirect) {
		try {
			Agency agency = agencies.create(agencyForm.toInput());
			pages.notice(redirect, "master.notice.created", agency.name());
			return LIST;
		}
		catch (InvalidInputException e) {
			return form(model, agencyForm, null, FormErrors.of(e));
		}
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable long id, Model model) {
		Agency agency = agencies.get(id);
		return form(model, AgencyForm.of(agency), agency, FormErrors.none());
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable long id, @ModelAttribute AgencyForm agencyForm, Model model,
			RedirectAttributes redirect) {
		Agency agency = agencies.get(id);
		try {
			Agency changed = agencies.update(id, agencyForm.getVersion(), agencyForm.toInput());
			pages.notice(redirect, "master.notice.updated", changed.name());
			return LIST;
		}
		catch (InvalidInputException e) {
			return form(model, agencyForm, agency, FormErrors.of(e));
		}
	}

	@GetMapping("/{id}/delete")
	String confirmDelete(@PathVariable long id, Model model) {
		return confirm(model, agencies.get(id), FormErrors.none());
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable long id, @RequestParam(required = false) Long version, Model model,
			RedirectAttributes redirect) {
		Agency agency = agencies.get(id);
		try {
			agencies.delete(id, version);
			pages.notice(redirect, "master.notice.deleted", agency.name());
			return LIST;
		}
		catch (InvalidInputException e) {
			return confirm(model, agency, FormErrors.of(e));
		}
	}

	private String form(Model model, AgencyForm form, Agency editing, FormErrors errors) {
		model.addAttribute("agencyForm", form);
		model.addAttribute("editing", editing);
		model.addAttribute("errors", errors);
		return "masterdata/agency-form";
	}

	private String confirm(Model model, Agency agency, FormErrors errors) {
		// The page shows the record as it is now, so deleting is refused only if it changes after this page.
		model.addAttribute("version", agency.version());
		return pages.confirmDelete(model, "master.agency", "/admin/master/agencies/" + agency.id() + "/delete",
				"/admin/master/agencies", errors, pages.row("master.agency.name", agency.name()),
				pages.row("master.agency.code", agency.code()));
	}
}

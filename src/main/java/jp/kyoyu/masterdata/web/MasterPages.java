package jp.kyoyu.masterdata.web;

import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What every master data screen does alike: the notice after a change, and the delete confirmation page. */
@Component
class MasterPages {

	private final MessageSource messages;

	MasterPages(MessageSource messages) {
		this.messages = messages;
	}

	/** Shows {@code code} (with its arguments) on the page the user is redirected to. */
	void notice(RedirectAttributes redirect, String code, Object... args) {
		redirect.addFlashAttribute("notice", messages.getMessage(code, args, LocaleContextHolder.getLocale()));
	}

	/** A text of this module's bundle in the user's language, e.g. a kind's label for a confirmation row. */
	String label(String code) {
		return messages.getMessage(code, null, code, LocaleContextHolder.getLocale());
	}

	FormErrors errors(BindingResult binding) {
		return FormErrors.of(binding, messages);
	}

	/**
	 * The confirmation page of a deletion.
	 *
	 * @param kind message code naming the kind of data, e.g. {@code master.agency}
	 * @param rows what is about to be deleted, so the administrator sees it once more
	 */
	String confirmDelete(Model model, String kind, String action, String back, FormErrors errors, Row... rows) {
		model.addAttribute("kind", kind);
		model.addAttribute("action", action);
		model.addAttribute("back", back);
		model.addAttribute("rows", List.of(rows));
		model.addAttribute("errors", errors);
		return "masterdata/confirm-delete";
	}

	Row row(String label, Object value) {
		return new Row(label, value == null ? "" : value.toString());
	}

	/** One line of the confirmation page: a message code for the label and the value. */
	record Row(String label, String value) {
	}
}

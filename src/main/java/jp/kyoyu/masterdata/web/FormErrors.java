package jp.kyoyu.masterdata.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.validation.BindingResult;

import jp.kyoyu.shared.FieldProblem;
import jp.kyoyu.shared.InvalidInputException;

/**
 * The messages a re-shown form puts next to its fields: values that could not even be converted (a date that
 * is no date), then the rules the service checked. Templates ask {@code errors.has('name')}.
 */
final class FormErrors {

	private final Map<String, List<String>> byField = new LinkedHashMap<>();

	private final List<String> general = new ArrayList<>();

	static FormErrors none() {
		return new FormErrors();
	}

	/** Conversion failures of the submitted form, in the user's language. */
	static FormErrors of(BindingResult binding, MessageSource messages) {
		FormErrors errors = new FormErrors();
		binding.getFieldErrors().forEach(error -> errors.byField.computeIfAbsent(error.getField(), field -> new ArrayList<>())
			.add(messages.getMessage(error, LocaleContextHolder.getLocale())));
		return errors;
	}

	static FormErrors of(InvalidInputException e) {
		return new FormErrors().add(e);
	}

	/** Adds the service's problems, except for fields whose value could not be converted in the first place. */
	FormErrors add(InvalidInputException e) {
		Map<String, List<String>> checked = new LinkedHashMap<>();
		for (FieldProblem problem : e.problems()) {
			if (problem.field() == null) {
				general.add(problem.message());
			}
			else {
				checked.computeIfAbsent(problem.field(), field -> new ArrayList<>()).add(problem.message());
			}
		}
		checked.forEach(byField::putIfAbsent);
		return this;
	}

	boolean any() {
		return !byField.isEmpty() || !general.isEmpty();
	}

	public boolean has(String field) {
		return byField.containsKey(field);
	}

	public String get(String field) {
		return has(field) ? String.join(" ", byField.get(field)) : null;
	}

	/** Problems of the whole form, such as a deletion that is refused. */
	public List<String> getGeneral() {
		return general;
	}

	/** Every message, for the summary at the top of the form. */
	public List<String> getAll() {
		List<String> all = new ArrayList<>(general);
		byField.values().forEach(all::addAll);
		return all;
	}
}

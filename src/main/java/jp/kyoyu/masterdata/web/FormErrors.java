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

	private final Map<String, String> byField = new LinkedHashMap<>();

	private final List<String> general = new ArrayList<>();

	static FormErrors none() {
		return new FormErrors();
	}

	/** Conversion failures of the submitted form, in the user's language. */
	static FormErrors of(BindingResult binding, MessageSource messages) {
		FormErrors errors = new FormErrors();
		binding.getFieldErrors().forEach(error -> errors.byField.putIfAbsent(error.getField(),
				messages.getMessage(error, LocaleContextHolder.getLocale())));
		return errors;
	}

	static FormErrors of(InvalidInputException e) {
		return new FormErrors().add(e);
	}

	FormErrors add(InvalidInputException e) {
		for (FieldProblem problem : e.problems()) {
			if (problem.field() == null) {
				general.add(problem.message());
			}
			else {
				byField.putIfAbsent(problem.field(), problem.message());
			}
		}
		return this;
	}

	boolean any() {
		return !byField.isEmpty() || !general.isEmpty();
	}

	public boolean has(String field) {
		return byField.containsKey(field);
	}

	public String get(String field) {
		return byField.get(field);
	}

	/** Problems of the whole form, such as a deletion that is refused. */
	public List<String> getGeneral() {
		return general;
	}

	/** Every message, for the summary at the top of the form. */
	public List<String> getAll() {
		List<String> all = new ArrayList<>(general);
		all.addAll(byField.values());
		return all;
	}
}

package jp.kyoyu.shared.web;

import java.util.Locale;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

import jp.kyoyu.shared.DateStyle;
import jp.kyoyu.shared.DateStyles;

/**
 * {@code #kdates} in every template: {@code #kdates.date(x)} and {@code #kdates.dateTime(x)} show a date in the
 * style the signed-in user chose (issue #22), so no template writes a pattern of its own. The style is looked up
 * once per template, not per date: a list of fifty rows asks once.
 */
@Component
class KyoyuDatesDialect extends AbstractDialect implements IExpressionObjectDialect {

	static final String NAME = "kdates";

	private final ObjectProvider<DateStyles> styles;

	KyoyuDatesDialect(ObjectProvider<DateStyles> styles) {
		super("kyoyu-dates");
		this.styles = styles;
	}

	@Override
	public IExpressionObjectFactory getExpressionObjectFactory() {
		return new IExpressionObjectFactory() {

			@Override
			public Set<String> getAllExpressionObjectNames() {
				return Set.of(NAME);
			}

			@Override
			public Object buildObject(IExpressionContext context, String expressionObjectName) {
				DateStyles chosen = styles.getIfAvailable();
				return new Dates(chosen == null ? DateStyle.DEFAULT : chosen.current(), context.getLocale());
			}

			@Override
			public boolean isCacheable(String expressionObjectName) {
				return true;
			}
		};
	}

	/** What a template calls; null prints as nothing, so {@code ${x} ? ... : '—'} guards stay as they are. */
	public static final class Dates {

		private final DateStyle style;

		private final Locale locale;

		Dates(DateStyle style, Locale locale) {
			this.style = style;
			this.locale = locale;
		}

		public String date(Object value) {
			return style.date(value);
		}

		public String dateTime(Object value) {
			return style.dateTime(value);
		}

		public String dateWithWeekday(Object value) {
			return style.dateWithWeekday(value, locale);
		}

		public String dateTimeWithWeekday(Object value) {
			return style.dateTimeWithWeekday(value, locale);
		}

		/** The style itself, for a template that must say which it is (the account page's radio). */
		public String style() {
			return style.name();
		}
	}
}

package jp.kyoyu.workflow;

import java.util.Locale;

import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The module's Japanese texts from {@code i18n/workflow.properties} for code without a {@code MessageSource} at hand:
 * the checks run inside the engine's listeners and in the facade, and their exceptions carry the message as every
 * other exception of the application does. Same bundle and resolver class as the application's MessageSource.
 * Numbers are passed as text, so 4000 does not become 「4,000」.
 */
final class WorkflowWording {

	private static final ResourceBundleMessageSource BUNDLE = new ResourceBundleMessageSource();

	static {
		BUNDLE.setBasename("i18n/workflow");
		BUNDLE.setDefaultEncoding("UTF-8");
		BUNDLE.setFallbackToSystemLocale(false);
	}

	private WorkflowWording() {
	}

	static String text(String code, Object... args) {
		Object[] texts = new Object[args.length];
		for (int i = 0; i < args.length; i++) {
			texts[i] = args[i] instanceof Number ? args[i].toString() : args[i];
		}
		return BUNDLE.getMessage(code, texts, Locale.JAPANESE);
	}
}

package jp.kyoyu.proposal;

import java.util.Locale;

import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The module's Japanese texts from {@code i18n/proposal.properties} for code that has no {@code MessageSource} at
 * hand: the entity's refusals and the facade's checks, whose exceptions carry their message as every other
 * exception of the application does. Same bundle and same resolver class as the application's MessageSource.
 */
final class ProposalWording {

	private static final ResourceBundleMessageSource BUNDLE = new ResourceBundleMessageSource();

	static {
		BUNDLE.setBasename("i18n/proposal");
		BUNDLE.setDefaultEncoding("UTF-8");
		BUNDLE.setFallbackToSystemLocale(false);
	}

	private ProposalWording() {
	}

	static String text(String code, Object... args) {
		return BUNDLE.getMessage(code, args, Locale.JAPANESE);
	}
}

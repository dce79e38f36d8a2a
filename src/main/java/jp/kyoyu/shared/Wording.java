package jp.kyoyu.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The texts Java code shows or writes, looked up by key in the message bundles ({@code i18n/<module>.properties},
 * English in {@code <module>_en.properties}), so wording is changed in one place (docs/wording.md).
 * <p>
 * Static on purpose: exceptions, records and events are made deep inside services and in plain unit tests,
 * where no {@code MessageSource} can be injected; the bundles are the same files Spring's {@code MessageSource}
 * reads. An unknown key fails loudly ({@code NoSuchMessageException}) instead of showing the key.
 * <p>
 * Arguments are inserted as they print ({@code toString}): {@code MessageFormat} would otherwise group numbers
 * ({@code 12,345}) where the text used to show {@code 12345}. Format a number first when it needs grouping.
 */
public final class Wording {

	private static final ResourceBundleMessageSource BUNDLES = bundles();

	private Wording() {
	}

	/**
	 * A text for the user being answered: in the language they chose ({@code ?lang=en}) while a page or API call
	 * is handled, Japanese everywhere else (filters, listeners, jobs).
	 */
	public static String of(String key, Object... args) {
		return BUNDLES.getMessage(key, printed(args), userLocale());
	}

	/**
	 * A text that is kept or handed over rather than shown once (audit entries, certificates, files, CSV
	 * headings): always Japanese, whoever caused it.
	 */
	public static String japanese(String key, Object... args) {
		return BUNDLES.getMessage(key, printed(args), Locale.JAPANESE);
	}

	/**
	 * The locale the portal's resolver (cookie {@code KYOYU_LANG}, Japanese by default) chose for this request.
	 * Outside Spring MVC's dispatch the holder carries the browser's or the JVM's locale, which must not turn a
	 * Japanese text English, hence the check that the request went through the dispatcher.
	 */
	private static Locale userLocale() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			if (RequestContextUtils.getLocaleResolver(request) != null) {
				return LocaleContextHolder.getLocale();
			}
		}
		return Locale.JAPANESE;
	}

	private static Object[] printed(Object[] args) {
		return args == null || args.length == 0 ? null
				: Arrays.stream(args).map(arg -> Objects.toString(arg, "")).toArray();
	}

	/** Every bundle under i18n/ (as spring.messages.basename lists them), found once on the class path. */
	private static ResourceBundleMessageSource bundles() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		try {
			Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties");
			source.setBasenames(Arrays.stream(files)
				.map(Resource::getFilename)
				.filter(Objects::nonNull)
				.map(name -> name.substring(0, name.length() - ".properties".length()))
				.filter(name -> !name.matches(".*_[a-z]{2}(_[A-Z]{2})?"))
				.distinct()
				.sorted(Comparator.comparing((String name) -> !name.equals("messages")).thenComparing(name -> name))
				.map(name -> "i18n/" + name)
				.toArray(String[]::new));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return source;
	}
}

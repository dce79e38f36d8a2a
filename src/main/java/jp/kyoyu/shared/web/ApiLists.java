package jp.kyoyu.shared.web;

import java.util.Collection;

import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;

/**
 * The one list convention of the JSON API (issue #23, docs/api.md "Lists"): every {@code GET} under
 * {@code /api/v1} that answers a JSON array takes {@code page} (0-based) and {@code size}, and answers the total in
 * {@code X-Total-Count} and the neighbouring pages in {@code Link}. Which operations are lists is read from the
 * handler's return type, not from a list kept by hand, so a list operation a module adds later pages the same way
 * and is described the same way (portal's API conventions use {@link #isList}).
 */
public final class ApiLists {

	public static final String PAGE = "page";

	public static final String SIZE = "size";

	/**
	 * Large enough that a client of the earlier whole-array answer still reads every item of the lists Kyoyu holds
	 * (a user's projects, a project's documents, one's tasks): paging is offered, not forced on them.
	 */
	public static final int DEFAULT_SIZE = 500;

	/** A bound on one answer: beyond it a script pages rather than pulling everything at once. */
	public static final int MAX_SIZE = 1000;

	public static final String TOTAL_COUNT = "X-Total-Count";

	public static final String LINK = "Link";

	private ApiLists() {
	}

	/** A GET of {@code /api/v1} whose answer is a collection (a JSON array), plain or in a ResponseEntity. */
	public static boolean isList(HandlerMethod handler) {
		return isApiGet(handler) && answersCollection(handler.getReturnType());
	}

	/** A {@code GET} of the API that pages in the database itself ({@link PagedAnswer}): it gets the headers only. */
	public static boolean isPagedAnswer(HandlerMethod handler) {
		return isApiGet(handler) && answersPaged(handler.getReturnType());
	}

	private static boolean isApiGet(HandlerMethod handler) {
		RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
		if (mapping == null || mapping.method().length != 1 || mapping.method()[0] != RequestMethod.GET) {
			return false;
		}
		RequestMapping onType = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), RequestMapping.class);
		String prefix = onType == null || onType.path().length == 0 ? "" : onType.path()[0];
		String[] paths = mapping.path();
		return (paths.length == 0 ? prefix : prefix + paths[0]).startsWith("/api/v1/");
	}

	static boolean answersCollection(MethodParameter returnType) {
		return Collection.class.isAssignableFrom(answered(returnType));
	}

	static boolean answersPaged(MethodParameter returnType) {
		return PagedAnswer.class.isAssignableFrom(answered(returnType));
	}

	/** The body's type, also inside a {@code ResponseEntity}. */
	private static Class<?> answered(MethodParameter returnType) {
		ResolvableType type = ResolvableType.forMethodParameter(returnType);
		if (HttpEntity.class.isAssignableFrom(type.toClass())) {
			type = type.as(HttpEntity.class).getGeneric(0);
		}
		return type.toClass();
	}
}

package jp.kyoyu.shared.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * What went wrong while Jackson read this request's JSON body, kept with the request: Jackson reads the body in the
 * message converter, far from the controller advice that answers, and keeps going after a wrong value (see
 * {@link BodyFaultRecorder}) so that one answer can name every wrong field.
 */
final class BodyFaults {

	/** One wrong value: where it is ({@code "kind"}, {@code "folderIds.0"}, {@code ""} = the body) and what it should be. */
	record Fault(String path, Class<?> expected) {
	}

	private static final String FAULTS = BodyFaults.class.getName() + ".faults";

	private static final String BODY_TYPE = BodyFaults.class.getName() + ".bodyType";

	private BodyFaults() {
	}

	/** The record the body is read into; its module names the fields' labels. */
	static void reading(Class<?> bodyType) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null) {
			request.setAttribute(BODY_TYPE, bodyType, RequestAttributes.SCOPE_REQUEST);
			request.removeAttribute(FAULTS, RequestAttributes.SCOPE_REQUEST);
		}
	}

	static Class<?> bodyType() {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		return request == null ? null : (Class<?>) request.getAttribute(BODY_TYPE, RequestAttributes.SCOPE_REQUEST);
	}

	/** False outside a request: then Jackson is reading something else and must fail as usual. */
	@SuppressWarnings("unchecked")
	static boolean add(Fault fault) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request == null || request.getAttribute(BODY_TYPE, RequestAttributes.SCOPE_REQUEST) == null) {
			return false;
		}
		List<Fault> faults = (List<Fault>) request.getAttribute(FAULTS, RequestAttributes.SCOPE_REQUEST);
		if (faults == null) {
			faults = new ArrayList<>();
			request.setAttribute(FAULTS, faults, RequestAttributes.SCOPE_REQUEST);
		}
		faults.add(fault);
		return true;
	}

	/** The faults found so far, forgotten once taken (a request may read its body only once anyway). */
	@SuppressWarnings("unchecked")
	static List<Fault> take() {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request == null) {
			return List.of();
		}
		List<Fault> faults = (List<Fault>) request.getAttribute(FAULTS, RequestAttributes.SCOPE_REQUEST);
		request.removeAttribute(FAULTS, RequestAttributes.SCOPE_REQUEST);
		return faults == null ? List.of() : faults;
	}
}

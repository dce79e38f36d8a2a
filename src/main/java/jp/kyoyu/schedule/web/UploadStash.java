package jp.kyoyu.schedule.web;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpSession;

/**
 * Keeps an uploaded file between its preview and the import, so the user confirms without choosing it again.
 * It lives in the user's own session (nobody else can confirm it) and only the last few are kept.
 */
final class UploadStash {

	private static final String ATTRIBUTE = UploadStash.class.getName();

	private static final int KEPT = 3;

	record Upload(String fileName, byte[] bytes) implements Serializable {
	}

	private UploadStash() {
	}

	static String keep(HttpSession session, String fileName, byte[] bytes) {
		String id = UUID.randomUUID().toString();
		synchronized (session) {
			Map<String, Upload> uploads = uploads(session);
			uploads.put(id, new Upload(fileName, bytes));
			while (uploads.size() > KEPT) {
				uploads.remove(uploads.keySet().iterator().next());
			}
			session.setAttribute(ATTRIBUTE, uploads);
		}
		return id;
	}

	static Optional<Upload> find(HttpSession session, String id) {
		synchronized (session) {
			return Optional.ofNullable(id == null ? null : uploads(session).get(id));
		}
	}

	/** Once imported, the upload is dropped: a double click must not import it twice. */
	static void forget(HttpSession session, String id) {
		synchronized (session) {
			Map<String, Upload> uploads = uploads(session);
			uploads.remove(id);
			session.setAttribute(ATTRIBUTE, uploads);
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Upload> uploads(HttpSession session) {
		Object stored = session.getAttribute(ATTRIBUTE);
		return stored instanceof LinkedHashMap<?, ?> map ? (Map<String, Upload>) map : new LinkedHashMap<>();
	}
}

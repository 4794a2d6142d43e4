package org.fairflow.portal.badge;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpSession;

/**
 * A checked photo whose form was refused for another field, kept in the liaison's session
 * so that the photo need not be chosen again (a browser never refills a file input). The
 * form carries only the random token; a token of another session finds nothing. At most
 * {@link #MAX} per session (the newest), each a checked photo of at most 500 KB.
 */
final class PendingPhotos {

	static final int MAX = 3;

	private static final String ATTRIBUTE = PendingPhotos.class.getName();

	private PendingPhotos() {
	}

	/** Keeps the photo and returns its token. */
	static String keep(HttpSession session, PersonPhoto photo) {
		synchronized (session) {
			Map<String, byte[]> kept = kept(session);
			String token = UUID.randomUUID().toString();
			kept.put(token, photo.content());
			while (kept.size() > MAX) {
				kept.remove(kept.keySet().iterator().next());
			}
			session.setAttribute(ATTRIBUTE, kept);
			return token;
		}
	}

	static Optional<PersonPhoto> find(HttpSession session, String token) {
		if (session == null || token == null || token.isBlank()) {
			return Optional.empty();
		}
		synchronized (session) {
			return Optional.ofNullable(kept(session).get(token)).map(PersonPhoto::new);
		}
	}

	/** Forgets the photo once it is stored with its person. */
	static void drop(HttpSession session, String token) {
		if (session != null && token != null) {
			synchronized (session) {
				kept(session).remove(token);
			}
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, byte[]> kept(HttpSession session) {
		Object value = session.getAttribute(ATTRIBUTE);
		if (value instanceof Map<?, ?> map) {
			return (Map<String, byte[]>) map;
		}
		Map<String, byte[]> created = new LinkedHashMap<>();
		session.setAttribute(ATTRIBUTE, created);
		return created;
	}

}

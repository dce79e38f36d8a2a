package jp.kyoyu.notification;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;

/**
 * The de-duplication key of a notice mail: a hash of the event (its type and contents) and the recipient's address.
 * The event's contents and not the publication's id, because a listener is not told the id; the contents name the
 * notice exactly (every notice carries its moment or its target and stage, e.g. {@code ProposalNotice.at},
 * {@code PostNotificationRequested.postId}). The event is read as a JSON tree with members and list elements in a
 * fixed order, so the copy the registry rebuilds from the database on another node (where a set may iterate in
 * another order) gives the same key as the object first published.
 */
@Component
class MailKeys {

	private final ObjectMapper json;

	MailKeys(ObjectMapper json) {
		this.json = json;
	}

	/** The event's part of every key. */
	String ofEvent(Object event) {
		return sha256(event.getClass().getName() + "\n" + canonical(json.valueToTree(event)));
	}

	/**
	 * One recipient's key. {@code occurrence} tells apart two mails of one event to one address (two users who share
	 * an address get a mail each), counted in the order the mailer lists them.
	 */
	static String ofMail(String eventKey, String address, int occurrence) {
		return sha256(eventKey + "\n" + address.trim().toLowerCase(Locale.ROOT) + "\n" + occurrence);
	}

	private static String canonical(JsonNode node) {
		if (node instanceof ObjectNode object) {
			Map<String, String> members = new TreeMap<>();
			object.fields().forEachRemaining(member -> members.put(member.getKey(), canonical(member.getValue())));
			return members.toString();
		}
		if (node instanceof ArrayNode array) {
			List<String> elements = new ArrayList<>();
			array.forEach(element -> elements.add(canonical(element)));
			elements.sort(null);
			return elements.toString();
		}
		return node.toString();
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every Java runtime has SHA-256", e);
		}
	}
}

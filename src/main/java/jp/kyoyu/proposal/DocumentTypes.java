package jp.kyoyu.proposal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import org.yaml.snakeyaml.Yaml;

import jp.kyoyu.project.ProjectKind;
import jp.kyoyu.shared.NotFoundException;
import jp.kyoyu.shared.Wording;

/**
 * The register of document types, read once at start-up from {@code proposal/document-types.yaml} and the
 * forms it names. A broken entry stops the start, so a typo never reaches users.
 */
@Service
public class DocumentTypes {

	static final String REGISTER = "proposal/document-types.yaml";

	private final Map<String, Entry> entries = new LinkedHashMap<>();

	record Entry(DocumentType type, String formJson, FormSchema schema, String proposersFormJson) {
	}

	DocumentTypes(ObjectMapper json) {
		for (Map<String, Object> raw : readRegister()) {
			DocumentType type = toType(raw);
			String formJson = read("forms/" + type.formFile());
			try {
				JsonNode form = json.readTree(formJson);
				FormSchema schema = FormSchema.parse(form);
				if (!schema.keys().containsAll(type.answerFields())) {
					throw new IllegalStateException(type.key() + ": answerFields not all in " + type.formFile());
				}
				entries.put(type.key(), new Entry(type, formJson, schema,
						AnswerPart.proposersForm(form, type.answerFields(), json)));
			}
			catch (IOException e) {
				throw new IllegalStateException("forms/" + type.formFile() + " is not valid JSON", e);
			}
		}
	}

	public List<DocumentType> all() {
		return entries.values().stream().map(Entry::type).toList();
	}

	public List<DocumentType> of(ProjectKind kind) {
		return all().stream().filter(type -> type.projectKind() == kind).toList();
	}

	public Optional<DocumentType> find(String key) {
		return Optional.ofNullable(key).map(entries::get).map(Entry::type);
	}

	/** The Camunda Form JSON exactly as shipped. */
	public String formJson(String key) {
		return entry(key).formJson();
	}

	/** The form as its proposer fills it in: the 処理・回答 part shown but not editable ({@link AnswerPart}). */
	public String proposersFormJson(String key) {
		return entry(key).proposersFormJson();
	}

	FormSchema schema(String key) {
		return entry(key).schema();
	}

	private Entry entry(String key) {
		Entry entry = key == null ? null : entries.get(key);
		if (entry == null) {
			throw new NotFoundException(Wording.of("proposal.type.not-found", key));
		}
		return entry;
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> readRegister() {
		Map<String, Object> root = new Yaml().load(read(REGISTER));
		return (List<Map<String, Object>>) root.get("types");
	}

	@SuppressWarnings("unchecked")
	private static DocumentType toType(Map<String, Object> raw) {
		Object answers = raw.getOrDefault("answerFields", List.of());
		return new DocumentType(String.valueOf(raw.get("key")), String.valueOf(raw.get("name")),
				String.valueOf(raw.get("form")), ProjectKind.valueOf(String.valueOf(raw.get("projectKind"))),
				RaisingSide.valueOf(String.valueOf(raw.get("side"))), Boolean.TRUE.equals(raw.get("hasAnswer")),
				List.copyOf((List<String>) answers));
	}

	private static String read(String path) {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read " + path, e);
		}
	}
}

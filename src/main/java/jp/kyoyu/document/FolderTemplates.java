package jp.kyoyu.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.Yaml;

import jp.kyoyu.project.ProjectKind;

/**
 * {@code document/folders.yaml}: the folder tree of each project kind, where approved proposals are filed and
 * the suggested categories. Read once at start-up; a broken file stops the start, so a typo never reaches users.
 */
@Component
class FolderTemplates {

	static final String FILE = "document/folders.yaml";

	/** A template folder with its sub-folders. */
	record TemplateFolder(String code, String name, List<TemplateFolder> children) {
	}

	private final Map<ProjectKind, List<TemplateFolder>> trees = new EnumMap<>(ProjectKind.class);

	private final Map<ProjectKind, List<String>> categories = new EnumMap<>(ProjectKind.class);

	private final Map<String, String> filing;

	private final String fallback;

	@SuppressWarnings("unchecked")
	FolderTemplates() {
		Map<String, Object> root;
		try (InputStream in = new ClassPathResource(FILE).getInputStream()) {
			root = new Yaml().load(in);
		}
		catch (IOException e) {
			throw new UncheckedIOException(FILE + " is missing", e);
		}
		Map<String, Object> templates = (Map<String, Object>) root.get("templates");
		Map<String, Object> suggested = (Map<String, Object>) root.getOrDefault("categories", Map.of());
		for (ProjectKind kind : ProjectKind.values()) {
			Object tree = templates.get(kind.name());
			if (!(tree instanceof List<?> folders) || folders.isEmpty()) {
				throw new IllegalStateException(FILE + ": no folders for " + kind);
			}
			trees.put(kind, parse((List<Object>) folders));
			categories.put(kind, ((List<Object>) suggested.getOrDefault(kind.name(), List.of())).stream()
				.map(String::valueOf).toList());
		}
		filing = ((Map<String, Object>) root.getOrDefault("filing", Map.of())).entrySet().stream()
			.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> String.valueOf(e.getValue())));
		fallback = String.valueOf(root.getOrDefault("fallback", "OTHRS"));
	}

	List<TemplateFolder> tree(ProjectKind kind) {
		return trees.get(kind);
	}

	List<String> categories(ProjectKind kind) {
		return categories.get(kind);
	}

	/** The folder code a proposal of this type is filed into. */
	String codeFor(String documentTypeKey) {
		return filing.getOrDefault(documentTypeKey, fallback);
	}

	String fallback() {
		return fallback;
	}

	/** The template folder with this code at any depth of the kind's tree. */
	Optional<TemplateFolder> find(ProjectKind kind, String code) {
		List<TemplateFolder> open = new ArrayList<>(trees.get(kind));
		while (!open.isEmpty()) {
			TemplateFolder folder = open.remove(0);
			if (folder.code().equals(code)) {
				return Optional.of(folder);
			}
			open.addAll(folder.children());
		}
		return Optional.empty();
	}

	@SuppressWarnings("unchecked")
	private static List<TemplateFolder> parse(List<Object> raw) {
		List<TemplateFolder> folders = new ArrayList<>();
		for (Object item : raw) {
			Map<String, Object> folder = (Map<String, Object>) item;
			String code = (String) folder.get("code");
			String name = (String) folder.get("name");
			if (code == null || name == null || name.isBlank() || name.length() > FolderRules.MAX_NAME) {
				throw new IllegalStateException(FILE + ": every folder needs a code and a name: " + folder);
			}
			List<Object> children = (List<Object>) folder.getOrDefault("children", List.of());
			folders.add(new TemplateFolder(code, name, parse(children)));
		}
		return folders;
	}
}

package jp.kyoyu.portal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.QueryParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.tags.Tag;

import jp.kyoyu.shared.Wording;
import jp.kyoyu.shared.web.ApiLists;

/**
 * What holds for every operation of the API, written once instead of on 100-odd methods (issue #23), so an operation
 * a module adds later is described the same way without doing anything:
 * <ul>
 * <li>its tag is its module's Japanese name ({@code portal.api.tag.<module>}), read from the controller's package;</li>
 * <li>every error status it can answer is documented with the one problem schema ({@code Problem}, RFC 9457 with
 * the field list {@code errors}), plus a {@code default} problem for the rarer ones (410, 422, 500, ...): the
 * shared handler answers the common ones for every operation alike, so listing them per method would only
 * repeat this.</li>
 * </ul>
 */
class ApiOperationConventions implements GlobalOperationCustomizer {

	static final String PROBLEM = "Problem";

	static final String FIELD_PROBLEM = "FieldProblem";

	static final String PROBLEM_JSON = "application/problem+json";

	/**
	 * Statuses every operation can answer: wrong input, no login, no right, nothing there (or not visible), and busy
	 * for now (no database connection in time, shared.web.ConnectionShortage, even before the operation runs; the
	 * file store away): a client should know to retry a 503, not take it for the 500 it is not.
	 */
	private static final List<Integer> ALWAYS = List.of(400, 401, 403, 404, 503);

	/** Changes can also meet a newer version (409 without, 412 with If-Match) or a constraint (409). */
	private static final List<Integer> CHANGES = List.of(409, 412);

	@Override
	public Operation customize(Operation operation, HandlerMethod handler) {
		operation.setTags(List.of(tagOf(handler)));
		ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
		responses.keySet().removeIf(code -> code.startsWith("4") || code.startsWith("5") || code.equals("default"));
		// 204 has no body by definition; springdoc would give it the method's return type.
		if (responses.get("204") != null) {
			responses.get("204").setContent(null);
		}
		TreeSet<Integer> statuses = new TreeSet<>(ALWAYS);
		if (changes(handler)) {
			statuses.addAll(CHANGES);
		}
		if (operation.getRequestBody() != null) {
			statuses.add(415);
			if (operation.getRequestBody().getContent() != null
					&& operation.getRequestBody().getContent().containsKey("multipart/form-data")) {
				statuses.add(413);
			}
		}
		statuses.forEach(status -> responses.addApiResponse(String.valueOf(status), problem("portal.api.status." + status)));
		responses.get("503").addHeaderObject("Retry-After", new Header()
			.description(Wording.japanese("portal.api.status.503.retry-after"))
			.schema(new IntegerSchema().format("int32").minimum(BigDecimal.ZERO)));
		responses.addApiResponse("default", problem("portal.api.status.default"));
		operation.setResponses(responses);
		if (ApiLists.isList(handler)) {
			describePaging(operation);
		}
		else if (ApiLists.isPagedAnswer(handler)) {
			describePagingHeaders(operation); // it names its own page and size parameters
		}
		return operation;
	}

	/** The list convention (shared/web/ApiLists): the paging parameters and the headers of the answer. */
	private static void describePaging(Operation operation) {
		operation.addParametersItem(new QueryParameter().name(ApiLists.PAGE)
			.description(Wording.japanese("portal.api.list.page"))
			.schema(new IntegerSchema().format("int32").minimum(BigDecimal.ZERO)._default(0)));
		operation.addParametersItem(new QueryParameter().name(ApiLists.SIZE)
			.description(Wording.japanese("portal.api.list.size", String.valueOf(ApiLists.DEFAULT_SIZE),
					String.valueOf(ApiLists.MAX_SIZE)))
			.schema(new IntegerSchema().format("int32")
				.minimum(BigDecimal.ONE)
				.maximum(BigDecimal.valueOf(ApiLists.MAX_SIZE))
				._default(ApiLists.DEFAULT_SIZE)));
		describePagingHeaders(operation);
	}

	private static void describePagingHeaders(Operation operation) {
		ApiResponse ok = operation.getResponses().get("200");
		if (ok != null) {
			ok.addHeaderObject(ApiLists.TOTAL_COUNT, new Header().description(Wording.japanese("portal.api.list.total"))
				.schema(new IntegerSchema().format("int64")));
			ok.addHeaderObject(ApiLists.LINK, new Header().description(Wording.japanese("portal.api.list.link"))
				.schema(new StringSchema()));
		}
	}

	/** Anything but a read: GET, HEAD and OPTIONS change nothing. */
	private static boolean changes(HandlerMethod handler) {
		RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
		return mapping == null || mapping.method().length == 0 || Arrays.stream(mapping.method())
			.anyMatch(method -> method != RequestMethod.GET && method != RequestMethod.HEAD && method != RequestMethod.OPTIONS);
	}

	/** {@code jp.kyoyu.<module>.web.SomeController} → the module's Japanese name. */
	static String tagOf(HandlerMethod handler) {
		return Wording.japanese("portal.api.tag." + moduleOf(handler.getBeanType().getPackageName()));
	}

	static String moduleOf(String packageName) {
		String[] parts = packageName.split("\\.");
		return parts.length > 2 ? parts[2] : "portal";
	}

	private static ApiResponse problem(String descriptionKey) {
		return new ApiResponse().description(Wording.japanese(descriptionKey))
			.content(new Content().addMediaType(PROBLEM_JSON,
					new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
	}

	/** The schemas the conventions refer to, and the tags in a fixed order with their descriptions. */
	static void describeShared(OpenAPI api) {
		api.getComponents().addSchemas(FIELD_PROBLEM, new ObjectSchema()
			.description(Wording.japanese("portal.api.schema.field-problem"))
			.addProperty("field", new StringSchema().nullable(true)
				.description(Wording.japanese("portal.api.schema.field-problem.field")))
			.addProperty("message", new StringSchema()
				.description(Wording.japanese("portal.api.schema.field-problem.message")))
			.required(List.of("field", "message")));
		Map<String, Schema> members = new LinkedHashMap<>();
		members.put("type", new StringSchema().format("uri-reference").example("about:blank")
			.description(Wording.japanese("portal.api.schema.problem.type")));
		members.put("title", new StringSchema().description(Wording.japanese("portal.api.schema.problem.title")));
		members.put("status", new IntegerSchema().description(Wording.japanese("portal.api.schema.problem.status")));
		members.put("detail", new StringSchema().description(Wording.japanese("portal.api.schema.problem.detail")));
		members.put("errors", new ArraySchema().items(new Schema<>().$ref("#/components/schemas/" + FIELD_PROBLEM))
			.description(Wording.japanese("portal.api.schema.problem.errors")));
		ObjectSchema problem = new ObjectSchema();
		problem.setProperties(members);
		problem.description(Wording.japanese("portal.api.schema.problem")).required(List.of("type", "title", "status", "errors"));
		api.getComponents().addSchemas(PROBLEM, problem);

		api.getComponents().getSchemas().values().forEach(schema -> asJacksonWritesIt(schema, 0));
		Map<String, String> summaries = summaries();
		Map<String, ApiRights.Row> rights = ApiRights.read();
		if (api.getPaths() != null) {
			api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
				if (operation.getSummary() == null) {
					operation.setSummary(summaries.get(method.name() + " " + path));
				}
				operation.setOperationId(operationId(method.name(), path));
				describeRightsAndErrors(operation, rights.get(method.name() + " " + path));
			}));
		}
		if (api.getPaths() != null) {
			api.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
				if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
					operation.getRequestBody().getContent().values().forEach(media -> asJacksonWritesIt(media.getSchema(), 0));
				}
				operation.getResponses().values().stream()
					.filter(response -> response.getContent() != null)
					.forEach(response -> response.getContent().values()
						.forEach(media -> asJacksonWritesIt(media.getSchema(), 0)));
			}));
		}

		Set<String> used = new TreeSet<>();
		if (api.getPaths() != null) {
			api.getPaths().values().forEach(path -> path.readOperations()
				.forEach(operation -> used.addAll(operation.getTags() == null ? List.of() : operation.getTags())));
		}
		List<Tag> tags = new ArrayList<>();
		for (String module : MODULES) {
			String name = Wording.japanese("portal.api.tag." + module);
			if (used.remove(name)) {
				tags.add(new Tag().name(name).description(Wording.japanese("portal.api.tag." + module + ".description")));
			}
		}
		used.forEach(name -> tags.add(new Tag().name(name)));
		api.setTags(tags);
	}

	/**
	 * Says what Jackson really writes: a property that is not required may be {@code null} (Jackson writes nulls,
	 * and 3.0 needs {@code nullable} to allow them), and a Java {@code Object} (a map's values, a JsonNode) may be
	 * any JSON value, not only an object as springdoc's {@code type: object} would say.
	 */
	@SuppressWarnings({ "rawtypes", "unchecked" })
	static void asJacksonWritesIt(Schema schema, int depth) {
		if (schema == null || depth > 12) {
			return;
		}
		if (schema.getProperties() != null) {
			List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
			((Map<String, Schema>) schema.getProperties()).forEach((name, property) -> {
				if (anything(property)) {
					property.setType(null);
				}
				if (!required.contains(name) && property.get$ref() == null) {
					property.setNullable(true);
				}
				asJacksonWritesIt(property, depth + 1);
			});
		}
		if (schema.getItems() != null) {
			if (anything(schema.getItems())) {
				schema.getItems().setType(null);
			}
			asJacksonWritesIt(schema.getItems(), depth + 1);
		}
		if (schema.getAdditionalProperties() instanceof Schema values) {
			if (anything(values)) {
				values.setType(null);
			}
			asJacksonWritesIt(values, depth + 1);
		}
	}

	/** springdoc's picture of a Java Object: {@code type: object} and nothing else. */
	private static boolean anything(Schema<?> schema) {
		return "object".equals(schema.getType()) && schema.getProperties() == null && schema.get$ref() == null
				&& schema.getAdditionalProperties() == null;
	}

	/**
	 * Each operation's Japanese summary from {@code api/summaries.tsv} (method, path, summary): one table beside the
	 * module tags rather than an annotation on each of 100-odd methods, so the wording reads as one text.
	 */
	static Map<String, String> summaries() {
		Map<String, String> summaries = new LinkedHashMap<>();
		try (var in = ApiOperationConventions.class.getResourceAsStream("/api/summaries.tsv")) {
			if (in == null) {
				return summaries;
			}
			for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
				String[] columns = line.split("\t");
				if (!line.startsWith("#") && columns.length == 3) {
					summaries.put(columns[0] + " " + columns[1], columns[2].strip());
				}
			}
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		return summaries;
	}

	/**
	 * The operation's description names the right it needs, from the access matrix ({@link ApiRights}), and the
	 * error statuses it can answer, from its responses (which the conventions above made), so neither is written by
	 * hand beside the code that decides them.
	 */
	private static void describeRightsAndErrors(Operation operation, ApiRights.Row right) {
		String errors = operation.getResponses().keySet().stream()
			.filter(code -> code.startsWith("4") || code.startsWith("5"))
			.collect(java.util.stream.Collectors.joining(", "));
		String text = Wording.japanese("portal.api.rights.heading") + " "
				+ (right == null ? Wording.japanese("portal.api.rights.missing", ApiRights.TABLE) : right.describe())
				+ "\n\n" + Wording.japanese("portal.api.errors", errors, PROBLEM);
		operation.setDescription(operation.getDescription() == null || operation.getDescription().isBlank() ? text
				: operation.getDescription() + "\n\n" + text);
	}

	/**
	 * The operation's id, derived from its method and path ({@code GET /api/v1/projects/{id}/members} →
	 * {@code getProjectsByIdMembers}) instead of springdoc's Java method names, which get {@code _1}, {@code _2}
	 * suffixes in the order the controllers happen to be scanned: a client generated from the description must keep
	 * its names when an unrelated operation is added. Method and path are unique, so the ids are.
	 */
	static String operationId(String method, String path) {
		StringBuilder id = new StringBuilder(method.toLowerCase(java.util.Locale.ROOT));
		for (String segment : path.replaceFirst("^/api/v1", "").split("/")) {
			if (segment.startsWith("{") && segment.endsWith("}")) {
				id.append("By");
				segment = segment.substring(1, segment.length() - 1);
			}
			for (String word : segment.split("[^A-Za-z0-9]+")) {
				if (!word.isEmpty()) {
					id.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
				}
			}
		}
		return id.toString();
	}

	/** The modules in the order a reader meets them (docs/architecture.md). */
	static final List<String> MODULES = List.of("portal", "project", "board", "proposal", "workflow", "document",
			"schedule", "consultation", "delivery", "notification", "identity", "masterdata", "privacy", "erasure",
			"audit", "storage");
}

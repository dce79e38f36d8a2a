package jp.kyoyu.proposal.web;

import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import jp.kyoyu.project.ProjectKind;
import jp.kyoyu.proposal.DocumentType;
import jp.kyoyu.proposal.DocumentTypes;
import jp.kyoyu.proposal.RaisingSide;

/** The document types and their Camunda Forms: {@code /api/v1/document-types}. */
@RestController
@RequestMapping("/api/v1/document-types")
class DocumentTypeApiController {

	private final DocumentTypes types;

	DocumentTypeApiController(DocumentTypes types) {
		this.types = types;
	}

	/** Every type, or those of one kind of project ({@code WORKS} or {@code SERVICE}). */
	@GetMapping
	List<Listing> list(@RequestParam(required = false) ProjectKind projectKind) {
		List<DocumentType> all = projectKind == null ? types.all() : types.of(projectKind);
		return all.stream()
			.map(type -> new Listing(type.key(), type.name(), type.side(), type.hasAnswer(), type.projectKind()))
			.toList();
	}

	/** The form exactly as deployed to Camunda (form-js schema version 16). */
	@GetMapping("/{key}/form")
	@ApiResponse(responseCode = "200", description = "Camunda Forms（form-js）の様式定義（Camunda Modeler で編集するもの）",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = FormDefinition.class)))
	ResponseEntity<String> form(@PathVariable String key) {
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(types.formJson(key));
	}

	/**
	 * What the description says of a form: the members every form-js schema has. The rest is form-js's own format
	 * (its JSON schema is form-js's), so further members are allowed and the components are not spelt out here.
	 */
	@Schema(name = "FormDefinition", description = "Camunda Forms（form-js）の様式定義。形式は form-js のもの",
			additionalProperties = Schema.AdditionalPropertiesValue.TRUE)
	record FormDefinition(@Schema(description = "様式の ID（文書種類のキー）") String id,
			@Schema(description = "form-js の様式の種類（default）") String type,
			@Schema(description = "form-js のスキーマの版") int schemaVersion,
			@Schema(description = "入力項目（form-js のコンポーネント）") List<FormComponent> components) {
	}

	@Schema(name = "FormComponent", description = "form-js のコンポーネント。key は発議書類の fields の名前",
			additionalProperties = Schema.AdditionalPropertiesValue.TRUE)
	record FormComponent(@Schema(description = "コンポーネントの種類（textfield、select、…）") String type,
			@Schema(description = "入力値の名前（fields のキー）。見出しなどには無い", nullable = true) String key,
			@Schema(description = "画面に出す名前", nullable = true) String label) {
	}

	record Listing(String key, String name, RaisingSide side, boolean hasAnswer, ProjectKind projectKind) {
	}
}

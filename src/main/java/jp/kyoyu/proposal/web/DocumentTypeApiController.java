package jp.kyoyu.proposal.web;

import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

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
	ResponseEntity<String> form(@PathVariable String key) {
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(types.formJson(key));
	}

	record Listing(String key, String name, RaisingSide side, boolean hasAnswer, ProjectKind projectKind) {
	}
}

package jp.kyoyu.document.web;

import java.net.URI;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.responses.ApiResponse;

import jp.kyoyu.document.DocumentManagement;
import jp.kyoyu.document.FolderView;
import jp.kyoyu.identity.KyoyuPrincipal;
import jp.kyoyu.shared.InvalidInputException;
import jp.kyoyu.shared.Wording;
import jp.kyoyu.shared.web.ETags;

/** A project's folder tree (C5.1, C5.3): {@code /api/v1/projects/{id}/folders}, {@code /api/v1/folders/{fid}}. */
@RestController
class FolderApiController {

	private final DocumentManagement documents;

	FolderApiController(DocumentManagement documents) {
		this.documents = documents;
	}

	/** The tree: {@code [{"id","name","code","position","children":[...]}]}, siblings in order. */
	@GetMapping("/api/v1/projects/{projectId}/folders")
	List<FolderNode> tree(@PathVariable long projectId, @AuthenticationPrincipal KyoyuPrincipal user) {
		return FolderNode.childrenOf(documents.folders(projectId, user.userId()), null);
	}

	@GetMapping("/api/v1/folders/{folderId}")
	FolderView get(@PathVariable long folderId, @AuthenticationPrincipal KyoyuPrincipal user) {
		return documents.folder(folderId, user.userId());
	}

	/** {@code {"name","parentId"}} (parentId null or absent: at the top) → 201 {@code {"id",...}}. */
	@ApiResponse(responseCode = "201", description = "作成しました（Location に新しいリソースの URL）")
	@PostMapping("/api/v1/projects/{projectId}/folders")
	ResponseEntity<FolderView> create(@PathVariable long projectId, @RequestBody NewFolder folder,
			@AuthenticationPrincipal KyoyuPrincipal user) {
		FolderView created = documents.addFolder(projectId, folder.name(), folder.parentId(), user.userId());
		return ResponseEntity.created(URI.create("/api/v1/folders/" + created.id())).body(created);
	}

	/** Rename ({@code "name"}) and/or move ({@code "parentId"} present; null = to the top). */
	@PutMapping("/api/v1/folders/{folderId}")
	FolderView change(@PathVariable long folderId, @RequestBody FolderChange change,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@AuthenticationPrincipal KyoyuPrincipal user) {
		if (!change.nameGiven && !change.parentGiven) {
			throw new InvalidInputException("name", Wording.of("document.folder.change.nothing"));
		}
		return documents.changeFolder(folderId, ETags.expectedVersion(ifMatch), change.name, change.parentGiven,
				change.parentId, user.userId());
	}

	/** A folder with contents only with {@code ?recursive=true} (400 otherwise, saying what is inside). */
	@ApiResponse(responseCode = "204", description = "完了しました（本文なし）")
	@DeleteMapping("/api/v1/folders/{folderId}")
	ResponseEntity<Void> delete(@PathVariable long folderId, @RequestParam(defaultValue = "false") boolean recursive,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@AuthenticationPrincipal KyoyuPrincipal user) {
		documents.deleteFolder(folderId, ETags.expectedVersion(ifMatch), recursive, user.userId());
		return ResponseEntity.noContent().build();
	}

	record NewFolder(String name, Long parentId) {
	}

	/**
	 * {@code {"name"?, "parentId"?}}. A bean with setters rather than a record, because a sent {@code "parentId":null}
	 * (move to the top) differs from no parentId at all (stay), and only a setter is called for the one and not the other.
	 */
	static final class FolderChange {

		private String name;

		private boolean nameGiven;

		private Long parentId;

		private boolean parentGiven;

		public void setName(String name) {
			this.name = name;
			this.nameGiven = true;
		}

		public void setParentId(Long parentId) {
			this.parentId = parentId;
			this.parentGiven = true;
		}
	}
}

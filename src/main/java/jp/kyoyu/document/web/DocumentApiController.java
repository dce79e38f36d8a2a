package jp.kyoyu.document.web;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
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

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;

import jp.kyoyu.document.DocumentInput;
import jp.kyoyu.document.DocumentLists;
import jp.kyoyu.document.DocumentManagement;
import jp.kyoyu.document.DocumentQuery;
import jp.kyoyu.document.DocumentView;
import jp.kyoyu.document.NewFile;
import jp.kyoyu.document.PhotoInput;
import jp.kyoyu.identity.KyoyuPrincipal;
import jp.kyoyu.shared.InvalidInputException;
import jp.kyoyu.shared.Wording;
import jp.kyoyu.shared.web.ArrivingFiles;
import jp.kyoyu.shared.web.ETags;

/** Documents (C5.2-C5.8): register into a folder, list/search/sort, CSV/Excel, move, delete, files. */
@RestController
class DocumentApiController {

	private final DocumentManagement documents;

	private final DocumentLists lists;

	DocumentApiController(DocumentManagement documents, DocumentLists lists) {
		this.documents = documents;
		this.lists = lists;
	}

	/**
	 * Multipart: {@code category}, {@code date}, optional {@code title}, {@code uploadIds}, then {@code file} (one or
	 * more). The files stream from the request into the store one after the other (issue #21), so every field
	 * must come before them (a field after a file: 400).
	 */
	@ApiResponse(responseCode = "201", description = "作成しました（Location に新しいリソースの URL）")
	@Parameter(name = "file", in = ParameterIn.QUERY, required = true,
			array = @ArraySchema(schema = @Schema(type = "string", format = "binary")))
	@PostMapping("/api/v1/folders/{folderId}/documents")
	ResponseEntity<DocumentView> register(@PathVariable long folderId, HttpServletRequest request,
			@RequestParam(required = false) String title, @RequestParam(required = false) String category,
			@RequestParam(required = false) String date, @RequestParam(required = false) List<String> uploadIds,
			@AuthenticationPrincipal KyoyuPrincipal user) {
		DocumentView created = documents.register(folderId, new DocumentInput(title, category, date, uploadIds),
				ArrivingFiles.of(request, "file").as(NewFile::new), user.userId());
		return ResponseEntity.created(URI.create("/api/v1/documents/" + created.id())).body(created);
	}

	@GetMapping("/api/v1/projects/{projectId}/documents")
	List<DocumentView> list(@PathVariable long projectId, ListParameters parameters,
			@AuthenticationPrincipal KyoyuPrincipal user) {
		return documents.documents(projectId, parameters.query(), user.userId());
	}

	@ApiResponse(responseCode = "200", description = "書類一覧の CSV（UTF-8）", content = @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")))
	@GetMapping("/api/v1/projects/{projectId}/documents.csv")
	void csv(@PathVariable long projectId, ListParameters parameters, @AuthenticationPrincipal KyoyuPrincipal user,
			HttpServletResponse response) throws IOException {
		List<DocumentView> found = documents.documents(projectId, parameters.query(), user.userId());
		start(response, "text/csv;charset=UTF-8", Wording.japanese("document.list.name") + ".csv");
		lists.csv(found, response.getOutputStream());
	}

	@ApiResponse(responseCode = "200", description = "書類一覧の Excel ファイル", content = @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", schema = @Schema(type = "string", format = "binary")))
	@GetMapping("/api/v1/projects/{projectId}/documents.xlsx")
	void xlsx(@PathVariable long projectId, ListParameters parameters, @AuthenticationPrincipal KyoyuPrincipal user,
			HttpServletResponse response) throws IOException {
		List<DocumentView> found = documents.documents(projectId, parameters.query(), user.userId());
		start(response, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
				Wording.japanese("document.list.name") + ".xlsx");
		lists.xlsx(found, response.getOutputStream());
	}

	@GetMapping("/api/v1/documents/{documentId}")
	DocumentView get(@PathVariable long documentId, @AuthenticationPrincipal KyoyuPrincipal user) {
		return documents.document(documentId, user.userId());
	}

	/** Move: {@code {"folderId"}}. */
	@PutMapping("/api/v1/documents/{documentId}")
	DocumentView move(@PathVariable long documentId, @RequestBody Move move,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@AuthenticationPrincipal KyoyuPrincipal user) {
		if (move.folderId() == null) {
			throw new InvalidInputException("folderId", Wording.of("document.move.folder-missing"));
		}
		return documents.move(documentId, ETags.expectedVersion(ifMatch), move.folderId(), user.userId());
	}

	record Move(Long folderId) {
	}

	/**
	 * A photo document's metadata for PHOTO.XML (写真区分, 工種, 種別, 細別, 写真タイトル, 代表写真, 提出頻度写真,
	 * 撮影年月日): the whole object, a blank or missing text clears the item. 400 naming the field when a value is
	 * wrong, and for a document that is no photo.
	 */
	@PutMapping("/api/v1/documents/{documentId}/photo")
	DocumentView photo(@PathVariable long documentId, @RequestBody PhotoInput photo,
			@AuthenticationPrincipal KyoyuPrincipal user) {
		return documents.changePhoto(documentId, photo, user.userId());
	}

	@ApiResponse(responseCode = "204", description = "完了しました（本文なし）")
	@DeleteMapping("/api/v1/documents/{documentId}")
	ResponseEntity<Void> delete(@PathVariable long documentId,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@AuthenticationPrincipal KyoyuPrincipal user) {
		documents.delete(documentId, ETags.expectedVersion(ifMatch), user.userId());
		return ResponseEntity.noContent().build();
	}

	/** One file; {@code ?inline=true} shows PDF and images in the browser (C5.5), otherwise it downloads (C5.6). */
	@ApiResponse(responseCode = "200", description = "ファイルの内容（登録時の形式）", content = @Content(mediaType = "*/*", schema = @Schema(type = "string", format = "binary")))
	@ApiResponse(responseCode = "206", description = "Range で求められた部分", content = @Content(mediaType = "*/*", schema = @Schema(type = "string", format = "binary")))
	@GetMapping("/api/v1/documents/{documentId}/files/{fileId}")
	ResponseEntity<Resource> file(@PathVariable long documentId, @PathVariable long fileId,
			@RequestParam(defaultValue = "false") boolean inline, @AuthenticationPrincipal KyoyuPrincipal user) {
		return documents.download(documentId, fileId, inline, user.userId());
	}

	private static void start(HttpServletResponse response, String type, String name) {
		response.setContentType(type);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString());
	}

	/** The list's query parameters, as typed. */
	record ListParameters(Long folder, String q, String category, String author, String status, String from,
			String to, String sort) {

		DocumentQuery query() {
			return new DocumentQuery(folder, q, category, author, status, from, to, sort);
		}
	}
}

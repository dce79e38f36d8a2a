package jp.kyoyu.project.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletResponse;

import jp.kyoyu.identity.KyoyuPrincipal;
import jp.kyoyu.project.BasicInfo;
import jp.kyoyu.project.BasicInfos;
import jp.kyoyu.shared.Wording;
import jp.kyoyu.shared.export.CsvWriter;

/**
 * The project's 基本情報 with its erasure date (G-5, issue #16) as JSON, CSV (UTF-8 with BOM) and an A4 PDF, for
 * its members and administrators; anyone else gets the 404 of every project URL, and so does an erased project.
 */
@RestController
class BasicInfoApiController {

	private final BasicInfos basicInfos;

	BasicInfoApiController(BasicInfos basicInfos) {
		this.basicInfos = basicInfos;
	}

	@GetMapping("/api/v1/projects/{id}/basic-info")
	BasicInfo json(@PathVariable long id, @AuthenticationPrincipal KyoyuPrincipal user) {
		return basicInfos.of(id, user.userId());
	}

	@ApiResponse(responseCode = "200", description = "基本情報の CSV（UTF-8、BOM 付き、項目・内容の2列）", content = @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")))
	@GetMapping("/api/v1/projects/{id}/basic-info.csv")
	void csv(@PathVariable long id, @AuthenticationPrincipal KyoyuPrincipal user, HttpServletResponse response)
			throws IOException {
		BasicInfo info = basicInfos.of(id, user.userId());
		response.setContentType(CsvWriter.CONTENT_TYPE);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, attachment(info, ".csv"));
		CsvWriter csv = new CsvWriter(response.getOutputStream(), CsvWriter.Quoting.WHERE_NEEDED);
		csv.row(List.of(Wording.japanese("project.basic-info.heading.item"),
				Wording.japanese("project.basic-info.heading.value")));
		for (String[] line : BasicInfoLines.of(info)) {
			csv.row(java.util.Arrays.asList(line));
		}
		csv.flush();
	}

	@ApiResponse(responseCode = "200", description = "基本情報の PDF（A4）", content = @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")))
	@GetMapping("/api/v1/projects/{id}/basic-info.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long id, @AuthenticationPrincipal KyoyuPrincipal user)
			throws IOException {
		BasicInfo info = basicInfos.of(id, user.userId());
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment(info, ".pdf"))
			.body(BasicInfoPdf.print(info));
	}

	private static String attachment(BasicInfo info, String extension) {
		String name = Wording.japanese("project.basic-info.file") + "-" + info.projectId() + extension;
		return ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString();
	}
}

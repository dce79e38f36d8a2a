package jp.kyoyu.proposal.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jp.kyoyu.identity.KyoyuPrincipal;
import jp.kyoyu.proposal.BundlePart;
import jp.kyoyu.proposal.BundleRefusedException;
import jp.kyoyu.proposal.ProposalBundle;
import jp.kyoyu.shared.FieldProblem;
import jp.kyoyu.shared.Wording;
import jp.kyoyu.shared.web.ApiErrorBody;

/**
 * The merged PDF of a proposal (C3.10): {@code GET /api/v1/proposals/{id}/bundle.pdf?parts=12:1-3&parts=15}, each
 * {@code parts} an attachment id with an optional page range, in the order wanted (none = all, in their order).
 */
@RestController
class BundleApiController {

	private final ProposalBundle bundles;

	BundleApiController(ProposalBundle bundles) {
		this.bundles = bundles;
	}

	@GetMapping("/api/v1/proposals/{id}/bundle.pdf")
	@ApiResponse(responseCode = "200", description = "表紙（発議書類の PDF）と選んだ添付を順にまとめた PDF", content = @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")))
	void bundle(@PathVariable long id, @RequestParam(required = false) List<String> parts,
			@AuthenticationPrincipal KyoyuPrincipal user, HttpServletResponse response) throws IOException {
		stream(bundles, id, parse(parts), user.userId(), response);
	}

	/** Checked in full before the first byte: a refusal still gets its 422 and the Japanese body. */
	static void stream(ProposalBundle bundles, long id, List<BundlePart> parts, String userId,
			HttpServletResponse response) throws IOException {
		try (ProposalBundle.Merged merged = bundles.merge(id, parts, userId)) {
			response.setContentType(MediaType.APPLICATION_PDF_VALUE);
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(merged.fileName(), StandardCharsets.UTF_8).build().toString());
			merged.writeTo(response.getOutputStream());
		}
	}

	/** No {@code parts} at all: null, every attachment. */
	private static List<BundlePart> parse(List<String> parts) {
		if (parts == null) {
			return null;
		}
		List<BundlePart> parsed = new ArrayList<>();
		List<FieldProblem> problems = new ArrayList<>();
		for (String part : parts) {
			String[] idAndPages = part.strip().split(":", 2);
			try {
				parsed.add(new BundlePart(Long.parseLong(idAndPages[0].strip()),
						idAndPages.length > 1 ? idAndPages[1].strip() : null));
			}
			catch (NumberFormatException e) {
				problems.add(new FieldProblem("parts", Wording.of("proposal.bundle.parts", part)));
			}
		}
		if (!problems.isEmpty()) {
			throw new BundleRefusedException(problems);
		}
		return parsed;
	}

	@ExceptionHandler(BundleRefusedException.class)
	ResponseEntity<ApiErrorBody> refused(BundleRefusedException e) {
		return ResponseEntity.status(HttpStatus.UNPROCESSABLE_ENTITY).body(new ApiErrorBody(e.problems()));
	}
}

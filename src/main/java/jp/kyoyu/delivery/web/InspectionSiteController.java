package jp.kyoyu.delivery.web;

import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.util.UriUtils;

import jp.kyoyu.delivery.DeliveryManagement;
import jp.kyoyu.identity.KyoyuPrincipal;
import jp.kyoyu.shared.NotFoundException;
import jp.kyoyu.shared.Wording;

/**
 * The inspection package browsed online (G-7): the same generated files served under the project, members only.
 * Our own page, script and style are served as such; the documents' files are shown inline only when they are
 * PDF, images or plain text, never as HTML or SVG that would run in Kyoyu's origin.
 */
@Controller
class InspectionSiteController {

	private static final Set<String> INLINE = Set.of("application/pdf", "image/png", "image/jpeg", "image/gif",
			"image/webp", "text/plain");

	private final DeliveryManagement delivery;

	InspectionSiteController(DeliveryManagement delivery) {
		this.delivery = delivery;
	}

	@GetMapping("/projects/{projectId}/exports/{exportId}/site/**")
	ResponseEntity<Resource> file(@PathVariable long projectId, @PathVariable long exportId, HttpServletRequest request,
			@AuthenticationPrincipal KyoyuPrincipal user) {
		if (delivery.view(exportId, user.userId()).projectId() != projectId) {
			throw new NotFoundException(Wording.of("delivery.inspection.not-found"));
		}
		String prefix = "/projects/" + projectId + "/exports/" + exportId + "/site/";
		String uri = request.getRequestURI().substring(request.getContextPath().length());
		String relative = uri.length() > prefix.length() ? UriUtils.decode(uri.substring(prefix.length()), "UTF-8") : "";
		if (relative.contains("..") || relative.contains("\\")) {
			throw new NotFoundException(Wording.of("delivery.inspection.file-not-found"));
		}
		Resource file = delivery.inspectionFile(exportId, relative, user.userId());
		String name = relative.isEmpty() ? "index.html" : relative.substring(relative.lastIndexOf('/') + 1);
		boolean own = !relative.startsWith("files/");
		MediaType type = own ? ownType(name) : MediaTypeFactory.getMediaType(name).orElse(MediaType.APPLICATION_OCTET_STREAM);
		boolean inline = own || INLINE.contains(type.getType() + "/" + type.getSubtype());
		ResponseEntity.BodyBuilder answer = ResponseEntity.ok()
			.contentType(inline ? type : MediaType.APPLICATION_OCTET_STREAM)
			.header("Cache-Control", "private, no-cache");
		if (!own) {
			answer.header("Content-Disposition", (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
				.filename(name, java.nio.charset.StandardCharsets.UTF_8).build().toString());
		}
		return answer.body(file);
	}

	private static MediaType ownType(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		if (lower.endsWith(".html")) {
			return new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8);
		}
		if (lower.endsWith(".js")) {
			return new MediaType("text", "javascript", java.nio.charset.StandardCharsets.UTF_8);
		}
		if (lower.endsWith(".css")) {
			return new MediaType("text", "css", java.nio.charset.StandardCharsets.UTF_8);
		}
		return MediaType.APPLICATION_OCTET_STREAM;
	}
}

package jp.kyoyu.proposal.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;

import jp.kyoyu.identity.KyoyuPrincipal;
import jp.kyoyu.proposal.AttachmentView;
import jp.kyoyu.proposal.BundlePart;
import jp.kyoyu.proposal.BundleRefusedException;
import jp.kyoyu.proposal.ProposalAttachments;
import jp.kyoyu.proposal.ProposalBundle;
import jp.kyoyu.shared.FieldProblem;
import jp.kyoyu.shared.Wording;

/**
 * The merged PDF from the proposal page's form (C3.10): {@code order_<attachment id>} a number (blank = left out),
 * {@code pages_<attachment id>} the page range. Works without JavaScript.
 */
@Controller
class BundlePageController {

	private final ProposalBundle bundles;

	private final ProposalAttachments attachments;

	BundlePageController(ProposalBundle bundles, ProposalAttachments attachments) {
		this.bundles = bundles;
		this.attachments = attachments;
	}

	@GetMapping("/proposals/{id}/bundle.pdf")
	void bundle(@PathVariable long id, @RequestParam Map<String, String> form,
			@AuthenticationPrincipal KyoyuPrincipal user, HttpServletResponse response) throws IOException {
		record Ordered(int order, BundlePart part) {
		}
		List<Ordered> chosen = new ArrayList<>();
		List<FieldProblem> problems = new ArrayList<>();
		for (AttachmentView a : attachments.list(id, user.userId())) {
			String order = form.getOrDefault("order_" + a.id(), "").strip();
			if (order.isEmpty()) {
				continue;
			}
			try {
				chosen.add(new Ordered(Integer.parseInt(order), new BundlePart(a.id(), form.get("pages_" + a.id()))));
			}
			catch (NumberFormatException e) {
				problems.add(new FieldProblem("order_" + a.id(), Wording.of("proposal.bundle.order.number", a.name())));
			}
		}
		if (!problems.isEmpty()) {
			throw new BundleRefusedException(problems);
		}
		List<BundlePart> parts = chosen.stream().sorted(Comparator.comparingInt(Ordered::order))
			.map(Ordered::part).toList();
		// nothing numbered: the cover alone (an empty list), rather than every attachment (the API's default)
		BundleApiController.stream(bundles, id, parts, user.userId(), response);
	}

	@ExceptionHandler(BundleRefusedException.class)
	@ResponseStatus(HttpStatus.UNPROCESSABLE_ENTITY)
	ModelAndView refused(BundleRefusedException e) {
		return new ModelAndView("error/400").addObject("message",
				e.problems().stream().map(FieldProblem::message).collect(Collectors.joining(" ")));
	}
}

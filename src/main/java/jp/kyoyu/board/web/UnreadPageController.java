package jp.kyoyu.board.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jp.kyoyu.board.BoardPage;
import jp.kyoyu.board.BoardReading;
import jp.kyoyu.board.UnreadPost;
import jp.kyoyu.identity.KyoyuPrincipal;

/** All the user's unread posts, paged, for when the home page shows only the newest (C2.6). */
@Controller
class UnreadPageController {

	private final BoardReading reading;

	UnreadPageController(BoardReading reading) {
		this.reading = reading;
	}

	/** {@value BoardPage#SIZE} posts a page, newest first; {@code page} counts from 1. */
	@GetMapping("/board/unread")
	String unread(@RequestParam(required = false) String page, @AuthenticationPrincipal KyoyuPrincipal user,
			Model model) {
		BoardPage<UnreadPost> shown = reading.unread(user.userId(), BoardPage.requested(page), BoardPage.SIZE);
		model.addAttribute("unreadPage", shown);
		model.addAttribute("pageMoved", PageLinks.moved(page, shown));
		model.addAttribute("pageLinks", PageLinks.of("/board/unread"));
		return "board/unread";
	}
}

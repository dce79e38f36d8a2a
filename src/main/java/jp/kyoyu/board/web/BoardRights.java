package jp.kyoyu.board.web;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import jp.kyoyu.identity.Feature;
import jp.kyoyu.identity.RequestRights;

/** The board's requests and the right each needs (docs/security/rights.md): READ to read, WRITE to post. */
@Configuration(proxyBeanMethods = false)
class BoardRights {

	@Bean
	RequestRights boardRequests() {
		return RequestRights.of(Feature.BOARD)
			// Marking as read changes only the reader's own marks: it is reading.
			.reading(POST, "/board/unread/read", "/api/v1/me/unread-posts/mark-read")
			// The forms are for writers only; showing them to a reader would end in a refusal on sending.
			.writing(GET, "/board/posts/new", "/board/posts/*/edit", "/projects/*/board/new")
			.use("/board/**", "/projects/*/board/**", "/api/v1/posts/**", "/api/v1/projects/*/posts",
					"/api/v1/groups/**", "/api/v1/me/unread-posts/**", "/api/v1/me/post-tree");
	}
}

package jp.kyoyu.board.web;

import java.net.URI;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

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

import jp.kyoyu.board.BoardManagement;
import jp.kyoyu.board.BoardReading;
import jp.kyoyu.board.PostDetails;
import jp.kyoyu.board.PostInput;
import jp.kyoyu.board.PostSearch;
import jp.kyoyu.board.PostSummary;
import jp.kyoyu.board.ProjectPosts;
import jp.kyoyu.board.ReplyView;
import jp.kyoyu.board.UnreadPost;
import jp.kyoyu.identity.KyoyuPrincipal;
import jp.kyoyu.shared.web.ETags;

/** The board's JSON API (C2, S2); a post the caller may not see answers 404 everywhere. */
@RestController
class PostApiController {

	private final BoardManagement board;

	private final BoardReading reading;

	PostApiController(BoardManagement board, BoardReading reading) {
		this.board = board;
		this.reading = reading;
	}

	record VisibleTo(List<String> users, List<String> groups) {
	}

	/** {@code visibleTo} empty or missing: the whole project; {@code notify}: user ids to tell by mail. */
	record NewPost(String title, String body, VisibleTo visibleTo, @JsonProperty("notify") List<String> recipients) {
	}

	record NewPosts(List<Long> projectIds, String title, String body) {
	}

	record Change(String title, String body) {
	}

	record NewReply(String body) {
	}

	@ApiResponse(responseCode = "201", description = "作成しました（Location に新しいリソースの URL）")
	@PostMapping("/api/v1/projects/{projectId}/posts")
	ResponseEntity<CreatedPost> create(@PathVariable long projectId, @RequestBody(required = false) NewPost post,
			@AuthenticationPrincipal KyoyuPrincipal user) {
		NewPost given = post == null ? new NewPost(null, null, null, null) : post;
		VisibleTo to = given.visibleTo() == null ? new VisibleTo(null, null) : given.visibleTo();
		long id = board.create(projectId, new PostInput(given.title(), given.body(), to.users(), to.groups(),
				given.recipients()), user.userId());
		return ResponseEntity.created(URI.create("/api/v1/posts/" + id)).body(new CreatedPost(id));
	}

	@GetMapping("/api/v1/projects/{projectId}/posts")
	List<PostSummary> list(@PathVariable long projectId, @RequestParam(required = false) String q,
			@RequestParam(required = false) String author, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @AuthenticationPrincipal KyoyuPrincipal user) {
		return reading.list(projectId, PostSearch.of(q, author, from, to), user.userId());
	}

	/** Search over all the caller's projects. */
	@GetMapping("/api/v1/posts")
	List<PostSummary> search(@RequestParam(required = false) String q, @RequestParam(required = false) String author,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@AuthenticationPrincipal KyoyuPrincipal user) {
		return reading.search(PostSearch.of(q, author, from, to), user.userId());
	}

	/** One post per project, for the whole project each (S2.8). */
	@ApiResponse(responseCode = "201", description = "作成しました")
	@PostMapping("/api/v1/posts")
	ResponseEntity<CreatedPosts> createEverywhere(@RequestBody(required = false) NewPosts posts,
			@AuthenticationPrincipal KyoyuPrincipal user) {
		NewPosts given = posts == null ? new NewPosts(null, null, null) : posts;
		List<Long> ids = board.createEverywhere(given.projectIds(), given.title(), given.body(), user.userId());
		return ResponseEntity.status(201).body(new CreatedPosts(ids));
	}

	/** Marks the post read for the caller. */
	@GetMapping("/api/v1/posts/{id}")
	PostDetails get(@PathVariable long id, @AuthenticationPrincipal KyoyuPrincipal user) {
		return board.open(id, user.userId());
	}

	@ApiResponse(responseCode = "204", description = "変更しました（本文なし、新しい版は ETag）")
	@PutMapping("/api/v1/posts/{id}")
	ResponseEntity<Void> update(@PathVariable long id, @RequestParam(defaultValue = "false") boolean everywhere,
			@RequestBody(required = false) Change change,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@AuthenticationPrincipal KyoyuPrincipal user) {
		Change given = change == null ? new Change(null, null) : change;
		return ETags.noContent(board.update(id, ETags.expectedVersion(ifMatch), given.title(), given.body(),
				everywhere, user.userId()));
	}

	@ApiResponse(responseCode = "204", description = "完了しました（本文なし）")
	@DeleteMapping("/api/v1/posts/{id}")
	ResponseEntity<Void> delete(@PathVariable long id, @RequestParam(defaultValue = "false") boolean everywhere,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@AuthenticationPrincipal KyoyuPrincipal user) {
		board.delete(id, ETags.expectedVersion(ifMatch), everywhere, user.userId());
		return ResponseEntity.noContent().build();
	}

	@ApiResponse(responseCode = "201", description = "作成しました")
	@PostMapping("/api/v1/posts/{id}/replies")
	ResponseEntity<ReplyView> reply(@PathVariable long id, @RequestBody(required = false) NewReply reply,
			@AuthenticationPrincipal KyoyuPrincipal user) {
		ReplyView added = board.reply(id, reply == null ? null : reply.body(), user.userId());
		return ResponseEntity.status(201).body(added);
	}

	@GetMapping("/api/v1/me/unread-posts")
	List<UnreadPost> unread(@AuthenticationPrincipal KyoyuPrincipal user) {
		return reading.unread(user.userId());
	}

	@PostMapping("/api/v1/me/unread-posts/mark-read")
	MarkedRead markAllRead(@AuthenticationPrincipal KyoyuPrincipal user) {
		return new MarkedRead(reading.markAllRead(user.userId()));
	}

	/** Posts and replies of the chosen projects, all of the caller's when none are given (S2.7). */
	@GetMapping("/api/v1/me/post-tree")
	List<ProjectPosts> tree(@RequestParam(required = false) List<Long> projectIds,
			@AuthenticationPrincipal KyoyuPrincipal user) {
		return reading.tree(projectIds, user.userId());
	}
}

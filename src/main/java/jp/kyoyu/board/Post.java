package jp.kyoyu.board;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A post on a project's board; {@code restricted} posts are seen only by their audience and the author. */
@Entity
@Table(name = "board_post")
class Post {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	/** Raised by JPA on every change; a write based on an older one fails instead of overwriting (issue #15). */
	@Version
	private long version;

	private long projectId;

	private String title;

	private String body;

	private String authorUserId;

	private boolean restricted;

	/** Shared by the posts made to several projects at once (S2.8), so they are edited together. */
	private String bundle;

	private Instant createdAt;

	private Instant updatedAt;

	protected Post() {
	}

	Post(long projectId, String title, String body, String authorUserId, boolean restricted, String bundle,
			Instant now) {
		this.projectId = projectId;
		this.title = title;
		this.body = body;
		this.authorUserId = authorUserId;
		this.restricted = restricted;
		this.bundle = bundle;
		this.createdAt = now;
		this.updatedAt = now;
	}

	void change(String title, String body, Instant now) {
		this.title = title;
		this.body = body;
		this.updatedAt = now;
	}

	long id() {
		return id;
	}

	long projectId() {
		return projectId;
	}

	String title() {
		return title;
	}

	String body() {
		return body;
	}

	String authorUserId() {
		return authorUserId;
	}

	boolean restricted() {
		return restricted;
	}

	String bundle() {
		return bundle;
	}

	Instant createdAt() {
		return createdAt;
	}

	Instant updatedAt() {
		return updatedAt;
	}

	long version() {
		return version;
	}
}

package jp.kyoyu.consultation;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import jp.kyoyu.identity.Side;

/** A consultation matter of a project: its material text, who registered it, where it stands. */
@Entity
@Table(name = "consultation_matter")
class Matter {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long projectId;

	private String title;

	private String body;

	private String registeredBy;

	@Enumerated(EnumType.STRING)
	private Side registeredSide;

	@Enumerated(EnumType.STRING)
	private NoticeChannel noticeChannel;

	@Enumerated(EnumType.STRING)
	private ConsultationStatus status;

	private Long proposalId;

	private Instant createdAt;

	private Instant updatedAt;

	private Instant lastCommentAt;

	protected Matter() {
	}

	Matter(long projectId, String title, String body, String registeredBy, Side registeredSide,
			NoticeChannel noticeChannel, Instant now) {
		this.projectId = projectId;
		this.title = title;
		this.body = body;
		this.registeredBy = registeredBy;
		this.registeredSide = registeredSide;
		this.noticeChannel = noticeChannel;
		this.status = ConsultationStatus.REGISTERED;
		this.createdAt = now;
		this.updatedAt = now;
	}

	/** A comment of the other side is an answer; the registering side's own comments change nothing. */
	void commented(Side side, Instant now) {
		if (side != registeredSide && status == ConsultationStatus.REGISTERED) {
			status = ConsultationStatus.ANSWERED;
		}
		lastCommentAt = now;
		updatedAt = now;
	}

	void moveTo(ConsultationStatus next, Instant now) {
		status = next;
		updatedAt = now;
	}

	void converted(long proposal, Instant now) {
		proposalId = proposal;
		moveTo(ConsultationStatus.CONVERTED, now);
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

	String registeredBy() {
		return registeredBy;
	}

	Side registeredSide() {
		return registeredSide;
	}

	NoticeChannel noticeChannel() {
		return noticeChannel;
	}

	ConsultationStatus status() {
		return status;
	}

	Long proposalId() {
		return proposalId;
	}

	Instant createdAt() {
		return createdAt;
	}

	Instant updatedAt() {
		return updatedAt;
	}

	Instant lastCommentAt() {
		return lastCommentAt;
	}
}

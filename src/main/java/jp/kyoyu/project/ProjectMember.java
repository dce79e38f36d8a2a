package jp.kyoyu.project;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One user's part in one project. The user is known by Camunda user id only. */
@Entity
@Table(name = "project_member")
class ProjectMember {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "project_id")
	private Project project;

	private String userId;

	@Enumerated(EnumType.STRING)
	private ProjectRole role;

	private Instant addedAt;

	protected ProjectMember() {
	}

	ProjectMember(Project project, String userId, ProjectRole role, Instant addedAt) {
		this.project = project;
		this.userId = userId;
		this.role = role;
		this.addedAt = addedAt;
	}

	Project project() {
		return project;
	}

	String userId() {
		return userId;
	}

	ProjectRole role() {
		return role;
	}

	void changeRole(ProjectRole role) {
		this.role = role;
	}
}

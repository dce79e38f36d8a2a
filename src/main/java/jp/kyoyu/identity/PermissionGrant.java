package jp.kyoyu.identity;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** One user's level for one feature (C8.3). A missing grant means {@link AccessLevel#NONE}. */
@Entity
@Table(name = "identity_permission")
@IdClass(PermissionGrant.Key.class)
class PermissionGrant {

	@Id
	@Column(name = "user_id")
	private String userId;

	@Id
	@Enumerated(EnumType.STRING)
	private Feature feature;

	@Enumerated(EnumType.STRING)
	private AccessLevel level;

	protected PermissionGrant() {
	}

	PermissionGrant(String userId, Feature feature, AccessLevel level) {
		this.userId = userId;
		this.feature = feature;
		this.level = level;
	}

	String userId() {
		return userId;
	}

	Feature feature() {
		return feature;
	}

	AccessLevel level() {
		return level;
	}

	record Key(String userId, Feature feature) implements Serializable {
		Key() {
			this(null, null);
		}
	}
}

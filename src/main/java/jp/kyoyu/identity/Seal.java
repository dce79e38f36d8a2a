package jp.kyoyu.identity;

import java.time.Instant;
import java.util.Base64;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A user's uploaded seal image (印影), already re-encoded as a small PNG by {@link SealImages}. */
@Entity
@Table(name = "identity_seal")
class Seal {

	@Id
	@Column(name = "user_id")
	private String userId;

	/** Base64 text, not a binary column: see V46 (H2 and PostgreSQL name binary columns differently). */
	@Column(name = "png_base64")
	private String pngBase64;

	@Column(name = "updated_at")
	private Instant updatedAt;

	protected Seal() {
	}

	Seal(String userId, byte[] png, Instant at) {
		this.userId = userId;
		replace(png, at);
	}

	void replace(byte[] png, Instant at) {
		this.pngBase64 = Base64.getEncoder().encodeToString(png);
		this.updatedAt = at;
	}

	byte[] png() {
		return Base64.getDecoder().decode(pngBase64);
	}

	Instant updatedAt() {
		return updatedAt;
	}
}

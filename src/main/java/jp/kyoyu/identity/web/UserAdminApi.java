package jp.kyoyu.identity.web;

import java.net.URI;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import io.swagger.v3.oas.annotations.responses.ApiResponse;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.kyoyu.identity.AccessLevel;
import jp.kyoyu.identity.AccountManagement;
import jp.kyoyu.identity.Feature;
import jp.kyoyu.identity.IdentityManagement;
import jp.kyoyu.identity.KyoyuPrincipal;
import jp.kyoyu.identity.PasswordManagement;
import jp.kyoyu.identity.PermissionManagement;
import jp.kyoyu.identity.Side;
import jp.kyoyu.identity.UserAccount;
import jp.kyoyu.identity.UserDetailsInput;
import jp.kyoyu.identity.UserDisclosures;
import jp.kyoyu.shared.FieldProblem;
import jp.kyoyu.shared.InvalidInputException;
import jp.kyoyu.shared.web.ApiErrorBody;

/** User administration for scripts (C8.1, C8.3). Only administrators reach it (SecurityConfiguration). */
@RestController
@RequestMapping("/api/v1/admin/users")
@Tag(name = "利用者管理", description = "利用者の登録・変更・削除と権限（システム管理者のみ）")
class UserAdminApi {

	private final IdentityManagement identity;

	private final AccountManagement accounts;

	private final PasswordManagement passwords;

	private final PermissionManagement permissions;

	private final IdentityPageTexts texts;

	private final UserDisclosures disclosures;

	UserAdminApi(IdentityManagement identity, AccountManagement accounts, PasswordManagement passwords,
			PermissionManagement permissions, IdentityPageTexts texts, UserDisclosures disclosures) {
		this.disclosures = disclosures;
		this.identity = identity;
		this.accounts = accounts;
		this.passwords = passwords;
		this.permissions = permissions;
		this.texts = texts;
	}

	@GetMapping
	List<UserJson> list() {
		return identity.findAll().stream().map(UserJson::of).toList();
	}

	@GetMapping("/{userId}")
	UserJson get(@PathVariable String userId) {
		return UserJson.of(identity.get(userId));
	}

	@ApiResponse(responseCode = "201", description = "作成しました（Location に新しいリソースの URL）")
	@PostMapping
	@Operation(summary = "利用者を登録する", description = "password を省くと、本人にパスワード設定用の1回限りのリンク"
			+ "（24時間有効）をメールで送り、passwordLink に MAILED（送れなかったときは NOT_MAILED）を返す。"
			+ "password を指定するとポリシーに従って設定し、メールは送らない。ポリシーに反するときは 400 と日本語のメッセージ")
	ResponseEntity<UserJson> create(@RequestBody NewUserJson body) {
		UserAccount created = accounts.create(body.toInput(), Boolean.TRUE.equals(body.administrator()));
		UserJson json = UserJson.of(created);
		if (body.password() == null || body.password().isEmpty()) {
			json = json.withPasswordLink(passwords.sendPasswordLink(created.userId(), true) ? "MAILED" : "NOT_MAILED");
		}
		return ResponseEntity.created(URI.create("/api/v1/admin/users/" + created.userId())).body(json);
	}

	@PutMapping("/{userId}")
	UserJson update(@PathVariable String userId, @RequestBody NewUserJson body,
			@AuthenticationPrincipal KyoyuPrincipal admin) {
		UserJson current = UserJson.of(identity.get(userId));
		if (body.enabled() != null) {
			accounts.setEnabled(userId, body.enabled(), admin.userId());
		}
		NewUserJson merged = body.over(current);
		return UserJson.of(accounts.update(userId, merged.toInput()));
	}

	@ApiResponse(responseCode = "204", description = "完了しました（本文なし）")
	@PostMapping("/{userId}/password-link")
	@Operation(summary = "パスワード再設定のリンクを送る", description = "本人に1回限りのリンク（24時間有効）をメールで送る"
			+ "（204）。今のパスワードはリンクが使われるまで有効。メールを送れなかったときは 503")
	ResponseEntity<ApiErrorBody> sendPasswordLink(@PathVariable String userId) {
		if (passwords.sendPasswordLink(userId, false)) {
			return ResponseEntity.noContent().build();
		}
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(new ApiErrorBody(List.of(new FieldProblem(null,
				texts.get("users.problem.linkNotSent")))));
	}

	@ApiResponse(responseCode = "204", description = "完了しました（本文なし）")
	@PutMapping("/{userId}/password")
	@Operation(summary = "パスワードを設定する（管理者）", description = "パスワードを直接設定し、ロックを解除し、本人のセッションを"
			+ "すべて終了する。パスワードはメールで送らない（本人への連絡は別の安全な方法で）。本人に設定させるには password-link を使う")
	ResponseEntity<Void> resetPassword(@PathVariable String userId, @RequestBody NewPassword body) {
		passwords.resetPassword(userId, body.password());
		return ResponseEntity.noContent().build();
	}

	@PutMapping("/{userId}/permissions")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
			content = @Content(schema = @Schema(implementation = PermissionLevels.class)))
	UserJson setPermissions(@PathVariable String userId, @RequestBody Map<String, String> body,
			@AuthenticationPrincipal KyoyuPrincipal admin) {
		Map<Feature, AccessLevel> levels = new EnumMap<>(Feature.class);
		body.forEach((feature, level) -> levels.put(parse(Feature.class, feature, "users.label.feature"),
				parse(AccessLevel.class, level, "users.label.level")));
		permissions.setPermissions(userId, levels, admin.userId());
		return UserJson.of(identity.get(userId));
	}

	@GetMapping("/{userId}/disclosure")
	@ApiResponse(responseCode = "200", description = "開示する ZIP ファイル", content = @Content(mediaType = "application/zip", schema = @Schema(type = "string", format = "binary")))
	@Operation(summary = "保有個人データを開示する", description = "利用者について Kyoyu が保有するもの（利用者情報、参加している"
			+ "工事・業務、記事と返信、発議書類、操作した承認の手順（代理を含む）、予定、監査記録）を CSV と日本語の説明書きの ZIP で"
			+ "返す。withhold=項目:理由 を繰り返し指定すると、その項目を除き、説明書きに理由を記す。開示は監査記録に残る")
	ResponseEntity<StreamingResponseBody> disclosure(@PathVariable String userId,
			@RequestParam(name = "withhold", required = false) List<String> withhold,
			@AuthenticationPrincipal KyoyuPrincipal admin) {
		UserDisclosures.Disclosure disclosure = disclosures.request(userId, withhold, admin.userId());
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/zip"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(disclosure.fileName()).build().toString())
			.body(disclosure::writeTo);
	}

	@ApiResponse(responseCode = "204", description = "完了しました（本文なし）")
	@DeleteMapping("/{userId}")
	ResponseEntity<Void> delete(@PathVariable String userId, @AuthenticationPrincipal KyoyuPrincipal admin) {
		accounts.delete(userId, admin.userId());
		return ResponseEntity.noContent().build();
	}

	private <E extends Enum<E>> E parse(Class<E> type, String value, String labelKey) {
		try {
			return Enum.valueOf(type, value);
		}
		catch (IllegalArgumentException | NullPointerException e) {
			throw new InvalidInputException("permissions",
					texts.get("users.problem.unknownValue", texts.get(labelKey), value));
		}
	}

	record NewPassword(String password) {
	}

	/**
	 * What {@link #setPermissions} reads, for the API description only (issue #23): the body is taken as a map so
	 * that an unknown function or level gets its own Japanese message, but a client must see which keys and
	 * values there are. Functions left out keep their level.
	 */
	@Schema(description = "機能ごとの権限（書いた機能だけを変える）")
	record PermissionLevels(AccessLevel BOARD, AccessLevel PROPOSAL, AccessLevel WORKFLOW, AccessLevel DOCUMENT,
			AccessLevel SCHEDULE, AccessLevel EXPORT, AccessLevel ADMIN) {
	}

	record UserJson(String userId, String name, String email, Side side, String organisation, String jobTitle,
			String phone, boolean enabled, Map<Feature, AccessLevel> permissions,
			@JsonInclude(JsonInclude.Include.NON_NULL) String passwordLink) {

		static UserJson of(UserAccount account) {
			return new UserJson(account.userId(), account.name(), account.email(), account.side(),
					account.organisation(), account.jobTitle(), account.phone(), account.enabled(),
					account.permissions(), null);
		}

		UserJson withPasswordLink(String outcome) {
			return new UserJson(userId, name, email, side, organisation, jobTitle, phone, enabled, permissions, outcome);
		}
	}

	record NewUserJson(String userId, String name, String email, String password, Side side, String organisation,
			String jobTitle, String phone, Boolean administrator, Boolean enabled) {

		UserDetailsInput toInput() {
			return new UserDetailsInput(userId, name, email, password, side, organisation, jobTitle, phone);
		}

		/** A PUT may send only the fields it changes. */
		NewUserJson over(UserJson current) {
			return new NewUserJson(current.userId(), name != null ? name : current.name(),
					email != null ? email : current.email(), null, side != null ? side : current.side(),
					organisation != null ? organisation : current.organisation(),
					jobTitle != null ? jobTitle : current.jobTitle(), phone != null ? phone : current.phone(), null,
					null);
		}
	}
}

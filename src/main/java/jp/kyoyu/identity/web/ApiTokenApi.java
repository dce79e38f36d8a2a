package jp.kyoyu.identity.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jp.kyoyu.identity.ApiTokenAuthentication;
import jp.kyoyu.identity.ApiTokenView;
import jp.kyoyu.identity.ApiTokens;
import jp.kyoyu.identity.KyoyuPrincipal;
import jp.kyoyu.shared.ForbiddenException;

/**
 * Personal API tokens through the API (issue #21): one's own under {@code /api/v1/me/api-tokens}, a service
 * account's under {@code /api/v1/admin/users/{userId}/api-tokens} (administration WRITE, AdministrationRights).
 * A new token's secret is in the 201 answer and nowhere else. A token cannot make a token: a stolen one must not
 * mint itself a longer-lived heir.
 */
@RestController
class ApiTokenApi {

	private final ApiTokens tokens;

	private final IdentityPageTexts texts;

	ApiTokenApi(ApiTokens tokens, IdentityPageTexts texts) {
		this.tokens = tokens;
		this.texts = texts;
	}

	@GetMapping("/api/v1/me/api-tokens")
	@Operation(summary = "自分のAPIトークンの一覧", description = "取り消していないトークン（期限切れを含む）を新しい順に。"
			+ "トークンそのもの（秘密の値）は作成したときの応答にしか含まれない。lastUsedAt は1分単位（同じトークンの使用は1分に1回まで記録する）")
	List<TokenJson> mine(@AuthenticationPrincipal KyoyuPrincipal user) {
		return tokens.of(user.userId()).stream().map(TokenJson::of).toList();
	}

	@PostMapping("/api/v1/me/api-tokens")
	@ApiResponse(responseCode = "201", description = "作成しました。token はこの応答でだけ返す（保存されるのはハッシュのみ）")
	@Operation(summary = "自分のAPIトークンを作る", description = "Authorization: Bearer <token> で /api/v1 と /engine-rest を"
			+ "自分と同じ権限で使える鍵を作る。validDays を省くと設定の既定日数（初期値90日）、最長は設定の上限（初期値365日）。"
			+ "APIトークンで認証した要求からは作れない（403）")
	ResponseEntity<NewTokenJson> createMine(@RequestBody NewToken body, @AuthenticationPrincipal KyoyuPrincipal user,
			Authentication authentication) {
		return created(user.userId(), body, user, authentication, "/api/v1/me/api-tokens/");
	}

	@DeleteMapping("/api/v1/me/api-tokens/{tokenId}")
	@ApiResponse(responseCode = "204", description = "取り消しました（本文なし）")
	@Operation(summary = "自分のAPIトークンを取り消す", description = "以後そのトークンの要求は 401。ほかの利用者のトークンは 404")
	ResponseEntity<Void> revokeMine(@PathVariable long tokenId, @AuthenticationPrincipal KyoyuPrincipal user) {
		tokens.revoke(user.userId(), tokenId, user.userId());
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/v1/admin/users/{userId}/api-tokens")
	@Operation(summary = "利用者のAPIトークンの一覧（管理者）", description = "サービス用アカウントなど、指定した利用者のトークン")
	List<TokenJson> ofUser(@PathVariable String userId) {
		return tokens.of(userId).stream().map(TokenJson::of).toList();
	}

	@PostMapping("/api/v1/admin/users/{userId}/api-tokens")
	@ApiResponse(responseCode = "201", description = "作成しました。token はこの応答でだけ返す（保存されるのはハッシュのみ）")
	@Operation(summary = "利用者のAPIトークンを作る（管理者）", description = "サービス用アカウントなど、指定した利用者として"
			+ "その利用者の権限で動くトークンを作る。無効な利用者には作れない（400）。APIトークンで認証した要求からは作れない（403）")
	ResponseEntity<NewTokenJson> createForUser(@PathVariable String userId, @RequestBody NewToken body,
			@AuthenticationPrincipal KyoyuPrincipal admin, Authentication authentication) {
		return created(userId, body, admin, authentication, "/api/v1/admin/users/" + userId + "/api-tokens/");
	}

	@DeleteMapping("/api/v1/admin/users/{userId}/api-tokens/{tokenId}")
	@ApiResponse(responseCode = "204", description = "取り消しました（本文なし）")
	@Operation(summary = "利用者のAPIトークンを取り消す（管理者）")
	ResponseEntity<Void> revokeOfUser(@PathVariable String userId, @PathVariable long tokenId,
			@AuthenticationPrincipal KyoyuPrincipal admin) {
		tokens.revoke(userId, tokenId, admin.userId());
		return ResponseEntity.noContent().build();
	}

	private ResponseEntity<NewTokenJson> created(String holder, NewToken body, KyoyuPrincipal actor,
			Authentication authentication, String location) {
		if (ApiTokenAuthentication.isApiToken(authentication)) {
			throw new ForbiddenException(texts.get("apiToken.problem.madeWithToken"));
		}
		ApiTokens.Issued issued = tokens.create(holder, body == null ? null : body.name(),
				body == null ? null : body.validDays(), actor.userId());
		return ResponseEntity.created(URI.create(location + issued.token().id())).body(NewTokenJson.of(issued));
	}

	@Schema(name = "ApiTokenRequest", description = "作るトークンの名前と有効期間（日数、省略時は既定）")
	record NewToken(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "夜間の集計スクリプト") String name,
			@Schema(example = "90") Integer validDays) {
	}

	@Schema(name = "ApiToken")
	record TokenJson(long id, String name, Instant createdAt, String createdBy, Instant expiresAt, Instant lastUsedAt,
			boolean expired) {

		static TokenJson of(ApiTokenView view) {
			return new TokenJson(view.id(), view.name(), view.createdAt(), view.createdBy(), view.expiresAt(),
					view.lastUsedAt(), view.expired());
		}
	}

	@Schema(name = "NewApiToken", description = "作ったトークン。token（kyoyu_ で始まる秘密の値）はこの応答でだけ返す")
	record NewTokenJson(long id, String name, Instant createdAt, String createdBy, Instant expiresAt, String token) {

		static NewTokenJson of(ApiTokens.Issued issued) {
			ApiTokenView view = issued.token();
			return new NewTokenJson(view.id(), view.name(), view.createdAt(), view.createdBy(), view.expiresAt(),
					issued.secret());
		}
	}
}

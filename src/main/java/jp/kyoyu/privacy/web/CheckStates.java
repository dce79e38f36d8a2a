package jp.kyoyu.privacy.web;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What the personal-data-check calls answer, for the API description only (issue #23). The answer stays a map keyed
 * by the kind's name: a kind added later is answered without changing this, and every kind is in it (one that was
 * never switched is on).
 */
@Schema(type = "object", additionalPropertiesSchema = Boolean.class,
		description = "確認する個人情報の種類（キー: MY_NUMBER＝マイナンバー、PAYMENT_CARD＝クレジットカード番号 など）ごとの入・切。すべての種類を含み、切り替えたことのない種類は true（確認する）")
final class CheckStates {

	private CheckStates() {
	}
}

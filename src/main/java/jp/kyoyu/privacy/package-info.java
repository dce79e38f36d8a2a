/**
 * G-2 「秘匿性の高い個人情報を扱わない」: text and uploaded files that hold an individual number (マイナンバー) or a
 * payment card number are refused, saying why and where; an administrator switches the check per kind; every
 * refusal is audited without the number. docs/security/input.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Personal data guard",
		allowedDependencies = { "shared", "storage" })
package jp.kyoyu.privacy;

/**
 * Erasure at the contract's end (G-5, X12, issue #16): each project's erasure date, the manual and the automatic
 * erasure through one resumable job (freeze, erase module by module, release files, scrub the audit content,
 * mark erased), and the certificate 「データ消去証明書」. The modules erase their own rows through
 * {@link jp.kyoyu.project.ProjectErasure}, so neither this module nor {@code project} depends on them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Erasure at the contract's end",
		allowedDependencies = { "shared", "identity", "project", "storage" })
package jp.kyoyu.erasure;

/**
 * Pre-consultation (事前打合せ, S4.8-S4.13): matters either side registers with material, a comment thread of
 * both sides, notices to the other side and, once settled, conversion into a decision-stage proposal. The
 * stage runs as {@code bpmn/pre-consultation.bpmn}, whose steps call this module's beans by name.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Pre-consultation",
		allowedDependencies = { "shared", "identity", "project", "storage", "proposal", "board", "document", "workflow" })
package jp.kyoyu.consultation;

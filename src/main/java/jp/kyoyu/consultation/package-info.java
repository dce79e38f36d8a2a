/**
 * Pre-consultation (事前打合せ, S4.8-S4.13): matters either side registers with material, a comment thread of
 * both sides, notices to the other side and, once settled, conversion into a decision-stage proposal. The
 * stage runs as {@code bpmn/pre-consultation.bpmn} in the workflow module, behind {@link ConsultationProcess};
 * its steps call {@link ConsultationManagement}. The matter's shared folder is the document module's, behind
 * {@link ConsultationFolder}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Pre-consultation",
		allowedDependencies = { "shared", "identity", "project", "storage", "proposal", "board" })
package jp.kyoyu.consultation;

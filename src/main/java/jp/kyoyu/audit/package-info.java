/**
 * The append-only audit trail: every state change and every login, with who, when, what, from which address
 * and whether it succeeded (X3, X6). A sink: it listens to {@link jp.kyoyu.shared.AuditableEvent}s and nobody
 * calls it; administrators browse and filter it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit", allowedDependencies = "shared")
package jp.kyoyu.audit;

/**
 * The append-only audit trail: every state change and every login, with who, when, what, from which address
 * and whether it succeeded (X3, X6). A sink: it listens to {@link jp.kyoyu.shared.AuditableEvent}s and nobody
 * calls it; administrators browse and filter it. Its entries about a user go into a disclosure request through
 * identity's UserDisclosure SPI (the one reason it may see identity).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit", allowedDependencies = { "shared", "identity" })
package jp.kyoyu.audit;

/**
 * The approval workflow (C4, S4): submits a proposal along its route as the Camunda process
 * {@code proposal-approval}, with send-back, proxy approval, post-review, dates and corrections, and keeps the
 * approval record. Other modules learn what happened through the events of this package.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Approval workflow",
		allowedDependencies = { "shared", "identity", "project", "proposal", "masterdata", "consultation" })
package jp.kyoyu.workflow;

/**
 * Proposals (発議書類): documents such as the 工事打合せ簿 whose types are Camunda Forms in {@code forms/},
 * drafted, validated against the same schema on the server, copied and printed as PDF (C3.1-C3.6). The
 * workflow module submits them; this module only says whether a document is complete.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Proposals",
		allowedDependencies = { "shared", "identity", "project", "storage", "privacy" })
package jp.kyoyu.proposal;

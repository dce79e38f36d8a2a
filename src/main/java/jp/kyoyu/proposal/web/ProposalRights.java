package jp.kyoyu.proposal.web;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import jp.kyoyu.identity.Feature;
import jp.kyoyu.identity.RequestRights;

/**
 * Proposals' requests and the right each needs (docs/security/rights.md): READ to open drafts, their PDF and
 * attachments, WRITE to draft, change, copy, delete and attach. Submitting and approving are the workflow's.
 */
@Configuration(proxyBeanMethods = false)
class ProposalRights {

	@Bean
	RequestRights proposalRequests() {
		return RequestRights.of(Feature.PROPOSAL)
			// Checking a draft against its form changes nothing.
			.reading(POST, "/api/v1/proposals/*/validate")
			.writing(GET, "/projects/*/proposals/new")
			.use("/projects/*/proposals/**", "/proposals/*", "/proposals/*/delete", "/proposals/*/copy",
					"/proposals/*/attachments/**", "/api/v1/projects/*/proposals", "/api/v1/proposals/*",
					"/api/v1/proposals/*/copy", "/api/v1/proposals/*/pdf",
					"/api/v1/proposals/*/bundle.pdf", "/proposals/*/bundle.pdf", "/api/v1/proposals/*/attachments/**",
					"/api/v1/document-types/**");
	}
}

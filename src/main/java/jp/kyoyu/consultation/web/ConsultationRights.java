package jp.kyoyu.consultation.web;

import static org.springframework.http.HttpMethod.GET;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import jp.kyoyu.identity.Feature;
import jp.kyoyu.identity.RequestRights;

/**
 * The pre-consultation (事前打合せ) is the stage before a proposal and ends in one, so it is used with the
 * proposals' right (docs/security/rights.md): READ to follow a matter, WRITE to register, comment, attach, agree,
 * withdraw and convert.
 */
@Configuration(proxyBeanMethods = false)
class ConsultationRights {

	@Bean
	RequestRights consultationRequests() {
		return RequestRights.of(Feature.PROPOSAL)
			.writing(GET, "/projects/*/consultations/new")
			.use("/projects/*/consultations/**", "/consultations/**", "/api/v1/projects/*/consultations",
					"/api/v1/consultations/**", "/api/v1/proposals/*/consultation");
	}
}

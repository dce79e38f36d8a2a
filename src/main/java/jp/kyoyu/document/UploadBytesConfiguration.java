package jp.kyoyu.document;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

import jp.kyoyu.storage.WorkObjects;

/**
 * Chooses where resumable uploads wait (issue #18): in the bucket when the storage module keeps work objects in a
 * store all nodes share ({@code kyoyu.storage.kind=s3}), else today's part files ({@link UploadParts}, which stays a
 * bean of its own for the sweep's tests).
 */
@Configuration(proxyBeanMethods = false)
class UploadBytesConfiguration {

	@Bean
	@Primary
	UploadBytes uploadBytes(WorkObjects work, UploadParts directory, JdbcTemplate jdbc) {
		return work.inStore() ? new BucketUploadParts(work, jdbc) : directory;
	}
}

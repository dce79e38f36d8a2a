package jp.kyoyu.storage;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code kyoyu.storage.kind} and {@code kyoyu.storage.s3.*} (issue #18): where complete objects live. A record of
 * its own beside {@link StorageSettings} (same prefix, other keys) so that choosing the store is read in one place.
 * Temp files always stay in {@code kyoyu.storage.directory} on the local disk.
 */
@ConfigurationProperties("kyoyu.storage")
record ObjectStoreSettings(@DefaultValue("filesystem") Kind kind, @DefaultValue S3 s3) {

	enum Kind {
		/** {@code kyoyu.storage.directory}: one node, or several on a shared mount (today's behaviour) */
		FILESYSTEM,
		/** any S3-compatible store: AWS S3, MinIO, Ceph RGW */
		S3
	}

	/**
	 * The bucket and how to reach it. {@code endpoint} unset = AWS for {@code region}; MinIO and Ceph usually need
	 * {@code path-style: true}. Without {@code access-key}/{@code secret-key} the AWS SDK's default chain is used
	 * (environment, instance profile). {@code part-size}: uploads are sent in parts of this size (multipart
	 * upload), and one such buffer per upload in progress is all the memory an upload takes; S3 needs 5 MB at least.
	 */
	record S3(URI endpoint, @DefaultValue("us-east-1") String region, String bucket, String accessKey,
			String secretKey, @DefaultValue("false") boolean pathStyle, @DefaultValue("8MB") DataSize partSize) {

		/** S3 refuses parts below 5 MiB (except the last); above 5 GiB too. */
		static final DataSize MIN_PART = DataSize.ofMegabytes(5);

		void requireUsable() {
			if (bucket == null || bucket.isBlank()) {
				throw new IllegalStateException("kyoyu.storage.kind=s3 needs kyoyu.storage.s3.bucket");
			}
			if (partSize.compareTo(MIN_PART) < 0 || partSize.compareTo(DataSize.ofGigabytes(5)) > 0) {
				throw new IllegalStateException("kyoyu.storage.s3.part-size must be between 5MB and 5GB, not " + partSize);
			}
			if ((accessKey == null) != (secretKey == null)) {
				throw new IllegalStateException("kyoyu.storage.s3.access-key and secret-key are set together or not at all");
			}
		}
	}
}

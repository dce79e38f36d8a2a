package jp.kyoyu.storage;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code kyoyu.storage.*}. {@code directory} defaults to {@code ${kyoyu.data-dir}/files} in application.yaml;
 * with several nodes it is the shared volume every node mounts.
 */
@ConfigurationProperties("kyoyu.storage")
record StorageSettings(@DefaultValue("./data/files") Path directory, @DefaultValue("5GB") DataSize maxFileSize,
		@DefaultValue("PT24H") Duration pendingTtl) {
}

package jp.kyoyu.storage;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code kyoyu.storage.*}. {@code directory} defaults to {@code ${kyoyu.data-dir}/files} in application.yaml;
 * with several nodes it is the shared volume every node mounts. The master key ({@code master-key}, base64 of a
 * Tink JSON keyset, or else {@code master-key-file}) wraps the projects' data keys and must be kept outside the
 * database and the file store (docs/modules/storage.md, Encryption).
 */
@ConfigurationProperties("kyoyu.storage")
record StorageSettings(@DefaultValue("./data/files") Path directory, @DefaultValue("5GB") DataSize maxFileSize,
		@DefaultValue("PT24H") Duration pendingTtl, @DefaultValue("./data/keys/master-key.json") Path masterKeyFile,
		String masterKey) {
}

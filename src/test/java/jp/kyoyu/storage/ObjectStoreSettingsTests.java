package jp.kyoyu.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.util.unit.DataSize;

/** {@code kyoyu.storage.kind} and {@code kyoyu.storage.s3.*} as an operator writes them, and what start refuses. */
class ObjectStoreSettingsTests {

	@Test
	void theDefaultIsTheFileSystem() {
		ObjectStoreSettings settings = bind(Map.of());
		assertThat(settings.kind()).isEqualTo(ObjectStoreSettings.Kind.FILESYSTEM);
		assertThat(settings.s3().partSize()).isEqualTo(DataSize.ofMegabytes(8));
	}

	@Test
	void s3SettingsBindFromTheirDocumentedKeys() {
		ObjectStoreSettings settings = bind(Map.of("kyoyu.storage.kind", "s3",
				"kyoyu.storage.s3.endpoint", "https://minio.example.lg.jp:9000", "kyoyu.storage.s3.bucket", "kyoyu-files",
				"kyoyu.storage.s3.access-key", "a", "kyoyu.storage.s3.secret-key", "s",
				"kyoyu.storage.s3.path-style", "true", "kyoyu.storage.s3.part-size", "16MB"));
		assertThat(settings.kind()).isEqualTo(ObjectStoreSettings.Kind.S3);
		ObjectStoreSettings.S3 s3 = settings.s3();
		assertThat(s3.endpoint()).isEqualTo(URI.create("https://minio.example.lg.jp:9000"));
		assertThat(s3.region()).isEqualTo("us-east-1");
		assertThat(s3.pathStyle()).isTrue();
		assertThat(s3.partSize()).isEqualTo(DataSize.ofMegabytes(16));
		s3.requireUsable();
	}

	@Test
	void startIsRefusedWithoutBucketWithATooSmallPartOrWithHalfTheKeys() {
		assertThatThrownBy(() -> s3(Map.of()).requireUsable()).hasMessageContaining("kyoyu.storage.s3.bucket");
		assertThatThrownBy(() -> s3(Map.of("kyoyu.storage.s3.part-size", "4MB")).requireUsable())
			.hasMessageContaining("part-size must be between 5MB and 5GB");
		assertThatThrownBy(() -> s3(Map.of("kyoyu.storage.s3.access-key", "a")).requireUsable())
			.hasMessageContaining("set together");
	}

	private static ObjectStoreSettings.S3 s3(Map<String, String> more) {
		java.util.HashMap<String, String> properties = new java.util.HashMap<>(more);
		if (!more.isEmpty()) {
			properties.put("kyoyu.storage.s3.bucket", "kyoyu-files");
		}
		return bind(properties).s3();
	}

	private static ObjectStoreSettings bind(Map<String, String> properties) {
		return new Binder(new MapConfigurationPropertySource(properties))
			.bindOrCreate("kyoyu.storage", ObjectStoreSettings.class);
	}
}

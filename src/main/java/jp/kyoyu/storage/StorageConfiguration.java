package jp.kyoyu.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.servlet.MultipartConfigElement;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Chooses the object store ({@code kyoyu.storage.kind}), turns on the scheduler for the cleanup, and makes sure Tomcat's multipart directory exists: with
 * {@code file-size-threshold: 0} every uploaded part goes there, and Tomcat refuses uploads if it is missing.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class StorageConfiguration {

	StorageConfiguration(ObjectProvider<MultipartProperties> multipart) throws IOException {
		MultipartProperties properties = multipart.getIfAvailable();
		if (properties != null && properties.getLocation() != null && !properties.getLocation().isBlank()) {
			Files.createDirectories(Path.of(properties.getLocation()));
		}
	}

	/**
	 * The S3 store when {@code kyoyu.storage.kind=s3}. {@link ObjectFiles} is always a bean (the local temp area,
	 * where uploads arrive), and it is also the file-system store; {@code @Primary} makes this one the
	 * {@link ObjectStore} everyone gets when both exist. Settings are checked here, at start, with a message
	 * naming the missing key.
	 */
	@Bean
	@Primary
	@ConditionalOnProperty(name = "kyoyu.storage.kind", havingValue = "s3")
	S3Objects s3Objects(ObjectStoreSettings settings) {
		ObjectStoreSettings.S3 s3 = settings.s3();
		s3.requireUsable();
		return new S3Objects(S3Objects.client(s3), s3.bucket(), (int) s3.partSize().toBytes());
	}

	/**
	 * Spring Boot's multipart settings with the location made absolute. Tomcat resolves a relative location
	 * against its own temp directory (a new {@code /tmp/tomcat.*} every start), not the working directory: with
	 * the default {@code kyoyu.data-dir: ./data} the parts never landed in {@code data/tmp/multipart}, where this
	 * class creates the directory and {@link MultipartTempSweep} sweeps, but somewhere nothing ever cleans.
	 */
	@Bean
	MultipartConfigElement multipartConfigElement(MultipartProperties properties) {
		MultipartConfigElement configured = properties.createMultipartConfig();
		String location = configured.getLocation();
		if (location == null || location.isBlank()) {
			return configured;
		}
		return new MultipartConfigElement(absolute(location), configured.getMaxFileSize(),
				configured.getMaxRequestSize(), configured.getFileSizeThreshold());
	}

	static String absolute(String location) {
		return Path.of(location).toAbsolutePath().normalize().toString();
	}
}

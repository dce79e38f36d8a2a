package jp.kyoyu.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.servlet.MultipartConfigElement;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Turns on the scheduler for the cleanup, and makes sure Tomcat's multipart directory exists: with
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

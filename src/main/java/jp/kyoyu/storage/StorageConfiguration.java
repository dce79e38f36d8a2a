package jp.kyoyu.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
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
}

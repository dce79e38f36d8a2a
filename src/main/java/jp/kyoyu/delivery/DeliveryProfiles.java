package jp.kyoyu.delivery;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;

import jp.kyoyu.project.ProjectKind;

/**
 * The deliverable profiles: the bundled {@code classpath:delivery/profiles/*.yaml}, each replaced by a file
 * of the same id in {@code kyoyu.delivery.profile-directory} when one is there, and the DTD files they name
 * (bundled {@code delivery/dtd/}, or the same directory). Read on every export, so a corrected file takes
 * effect without a restart.
 */
@Component
class DeliveryProfiles {

	private static final ObjectMapper MAPPER = new ObjectMapper()
		.setPropertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
		.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

	private final DeliverySettings settings;

	DeliveryProfiles(DeliverySettings settings) {
		this.settings = settings;
	}

	/** The profile for a project kind (the first one declaring it). */
	DeliveryProfile forKind(ProjectKind kind) {
		return all().values().stream()
			.filter(profile -> profile.kind() == kind)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("no deliverable profile for " + kind));
	}

	Map<String, DeliveryProfile> all() {
		Map<String, DeliveryProfile> profiles = new LinkedHashMap<>();
		try {
			for (Resource resource : new PathMatchingResourcePatternResolver()
				.getResources("classpath:delivery/profiles/*.yaml")) {
				try (InputStream in = resource.getInputStream()) {
					DeliveryProfile profile = parse(in);
					profiles.put(profile.id(), profile);
				}
			}
			Optional<Path> own = overrides();
			if (own.isPresent()) {
				try (var files = Files.list(own.get())) {
					for (Path file : files.filter(path -> path.toString().endsWith(".yaml")).sorted().toList()) {
						try (InputStream in = Files.newInputStream(file)) {
							DeliveryProfile profile = parse(in);
							profiles.put(profile.id(), profile);
						}
					}
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return profiles;
	}

	/** The DTD text (UTF-8 as stored) of a DTD file named by a profile. */
	String dtd(String name) {
		if (!name.matches("[A-Z0-9_]{1,8}\\.DTD")) {
			throw new IllegalStateException("DTD name not in 8.3 form: " + name);
		}
		try {
			Optional<Path> own = overrides().map(dir -> dir.resolve(name)).filter(Files::isRegularFile);
			if (own.isPresent()) {
				return Files.readString(own.get());
			}
			try (InputStream in = getClass().getResourceAsStream("/delivery/dtd/" + name)) {
				if (in == null) {
					throw new IllegalStateException("DTD " + name + " is neither bundled nor in the profile directory");
				}
				return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static DeliveryProfile parse(InputStream yaml) {
		Object tree = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
		return MAPPER.convertValue(tree, DeliveryProfile.class);
	}

	private Optional<Path> overrides() {
		return Optional.ofNullable(settings.profileDirectory()).filter(Files::isDirectory);
	}
}

package jp.kyoyu;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module boundaries of design.md hold: no cycles, only declared dependencies, only other modules' public
 * API. Also writes the module diagrams and canvases to {@code target/spring-modulith-docs} (not committed).
 */
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(KyoyuApplication.class);

	static final Path DOCS = Path.of("target", "spring-modulith-docs");

	@Test
	void modulesKeepTheirBoundaries() {
		MODULES.verify();
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DOCS.toString())).writeDocumentation();
		assertThat(DOCS.resolve("components.puml")).isNotEmptyFile();
		assertThat(DOCS.resolve("module-identity.puml")).isNotEmptyFile();
	}
}

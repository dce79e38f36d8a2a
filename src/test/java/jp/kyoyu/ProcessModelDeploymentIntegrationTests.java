package jp.kyoyu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The top-level forms/ folder reaches the engine: .form files are deployed with the process models. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProcessModelDeploymentIntegrationTests {

	@Autowired
	RepositoryService repositoryService;

	@Test
	void camundaFormsFromTheFormsFolderAreDeployed() {
		List<String> resources = repositoryService.createDeploymentQuery().list().stream()
			.map(Deployment::getId)
			.flatMap(id -> repositoryService.getDeploymentResourceNames(id).stream())
			.toList();
		assertThat(resources).anyMatch(name -> name.endsWith("forms/works-meeting-record.form"));
		assertThat(resources).noneMatch(name -> name.endsWith("README.md"));
	}
}

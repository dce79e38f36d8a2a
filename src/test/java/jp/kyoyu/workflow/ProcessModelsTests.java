package jp.kyoyu.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.junit.jupiter.api.Test;

/**
 * What Camunda Modeler and its lint ({@code docs/scripts/lint-models.sh}) expect of the models, kept in the build:
 * a diagram for every element, Japanese names, a history TTL, beans by name, forms that exist.
 */
class ProcessModelsTests {

	private static final ObjectMapper JSON = new ObjectMapper();

	@Test
	void everyBpmnModelCarriesItsDiagramNamesAndHistoryTimeToLive() throws IOException {
		Set<String> forms = formIds();
		try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
			List<Path> models = files.filter(p -> p.toString().endsWith(".bpmn")).toList();
			assertThat(models).extracting(p -> p.getFileName().toString())
				.contains("proposal-approval.bpmn", "post-review.bpmn");
			for (Path path : models) {
				BpmnModelInstance model = Bpmn.readModelFromFile(path.toFile());
				Bpmn.validateModel(model);
				Set<String> drawn = new HashSet<>();
				model.getModelElementsByType(BpmnShape.class).forEach(s -> drawn.add(s.getBpmnElement().getId()));
				model.getModelElementsByType(BpmnEdge.class).forEach(e -> drawn.add(e.getBpmnElement().getId()));
				for (Process process : model.getModelElementsByType(Process.class)) {
					assertThat(process.getCamundaHistoryTimeToLiveString()).as(path + " TTL").isNotBlank();
					assertThat(process.isExecutable()).isTrue();
					assertThat(process.getName()).as(path + " name").matches(".*[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}].*");
				}
				for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
					assertThat(drawn).as(path + ": diagram of " + node.getId()).contains(node.getId());
					assertThat(node.getName()).as(path + ": Japanese name of " + node.getId())
						.matches(".*[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}].*");
					assertThat(node.getId()).matches("[A-Za-z]+_[A-Za-z]+");
				}
				for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
					assertThat(drawn).as(path + ": diagram of " + flow.getId()).contains(flow.getId());
				}
				for (UserTask task : model.getModelElementsByType(UserTask.class)) {
					assertThat(forms).as(path + ": form of " + task.getId()).contains(task.getCamundaFormRef());
					assertThat(task.getCamundaFormRefBinding()).isEqualTo("deployment");
				}
				// issue #19: a model names beans and reads variables; a call with arguments would make a Java method's
				// signature part of the model (old deployed versions still make them, the files no longer may)
				assertThat(Files.readString(path)).as(path + ": no method call in an expression")
					.doesNotContainPattern("\\$\\{[^}]*\\(");
				for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
					assertThat(element.getDomElement().getAttribute("http://camunda.org/schema/1.0/bpmn", "class"))
						.as(path + ": beans by name, not camunda:class, at " + element.getId()).isNull();
				}
			}
		}
	}

	@Test
	void theRouteDecisionCarriesItsDiagramAndHistoryTimeToLive() {
		DmnModelInstance model = Dmn.readModelFromFile(new File("dmn/approval-route.dmn"));
		Decision decision = model.getModelElementById("ApprovalRoute");
		assertThat(decision.getCamundaHistoryTimeToLiveString()).isNotBlank();
		assertThat(decision.getName()).isEqualTo("承認経路の既定値");
		assertThat(model.getDocument().getDomSource().toString()).isNotNull();
		String xml = Dmn.convertToString(model);
		assertThat(xml).contains("DMNShape", "dmnElementRef=\"ApprovalRoute\"");
	}

	private static Set<String> formIds() throws IOException {
		Set<String> ids = new HashSet<>();
		try (Stream<Path> files = Files.list(Path.of("forms"))) {
			for (Path form : files.filter(p -> p.toString().endsWith(".form")).toList()) {
				ids.add(JSON.readTree(form.toFile()).get("id").asText());
			}
		}
		return ids;
	}
}

package jp.kyoyu;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** House rules a reviewer would otherwise have to remember, checked on the main code (not the tests). */
@AnalyzeClasses(packages = "jp.kyoyu", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	// Camunda 7 CE has reached its end; keeping it inside two modules makes the Operaton move a local change.
	@ArchTest
	static final ArchRule camundaStaysInIdentityAndWorkflow = noClasses().that()
		.resideOutsideOfPackages("jp.kyoyu.identity..", "jp.kyoyu.workflow..")
		.should().dependOnClassesThat().resideInAPackage("org.camunda..");

	// Constructor injection shows every dependency, allows final fields and needs no container in unit tests.
	@ArchTest
	static final ArchRule noFieldInjection = noFields().should().beAnnotatedWith(Autowired.class)
		.orShould().beAnnotatedWith(Value.class)
		.orShould().beAnnotatedWith("jakarta.inject.Inject")
		.orShould().beAnnotatedWith("jakarta.annotation.Resource");

	// Util and helper classes collect unrelated code; behaviour belongs with the module and data it serves.
	@ArchTest
	static final ArchRule noUtilOrHelperClasses = noClasses().should().haveSimpleNameEndingWith("Util")
		.orShould().haveSimpleNameEndingWith("Utils")
		.orShould().haveSimpleNameEndingWith("Helper");

	// The workflow is the Camunda adapter at the edge (issue #19): the proposal owns its lifecycle and publishes its
	// facts; only the portal, which composes pages, may read the workflow's facade. The demo data (issue #20) is the
	// other edge: it submits and approves its proposals through the workflow's facade as users do on the pages.
	@ArchTest
	static final ArchRule onlyThePortalDependsOnTheWorkflow = noClasses().that()
		.resideOutsideOfPackages("jp.kyoyu.workflow..", "jp.kyoyu.portal..", "jp.kyoyu.demo..")
		.should().dependOnClassesThat().resideInAPackage("jp.kyoyu.workflow..");

	// Other modules reach data only through a module's facade, so its repositories stay package-private.
	@ArchTest
	static final ArchRule repositoriesAreNotPublic = classes().that()
		.areAssignableTo(org.springframework.data.repository.Repository.class)
		.or().areAnnotatedWith(org.springframework.stereotype.Repository.class)
		.should().notBePublic();

	// Dates are Japan's (shared.Clocks): a server in UTC would otherwise see yesterday from 00:00 to 09:00 in Japan.
	@ArchTest
	static final ArchRule datesAreJapans = noClasses().should().callMethod(java.time.LocalDate.class, "now")
		.orShould().callMethod(java.time.LocalDateTime.class, "now")
		.orShould().callMethod(java.time.ZoneId.class, "systemDefault")
		.because("the server's dates are Japan's: use the injected Clock (Asia/Tokyo)");
}

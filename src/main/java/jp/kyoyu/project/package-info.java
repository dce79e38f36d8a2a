/**
 * Projects: the basic info of a works contract (工事) or a commissioned service (委託業務), and who takes part
 * in it in which role (C1.1-C1.3, S1, C8.2). Every other feature hangs off a project and asks this module
 * whether a user may see it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Projects",
		allowedDependencies = { "shared", "identity" })
package jp.kyoyu.project;

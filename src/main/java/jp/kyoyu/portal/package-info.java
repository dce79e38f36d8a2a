/**
 * The portal shell: layout, navigation, languages, the home page and {@code /api/v1/me}. It reads from the
 * feature modules and owns no data.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Portal",
		allowedDependencies = { "shared", "identity", "project", "board", "schedule", "workflow", "erasure" })
package jp.kyoyu.portal;

/**
 * The demo installation: on first start with an empty database, demo users and one works and one service
 * project are created so a newcomer can try every screen; a banner says it is a demo. Off in production.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data",
		allowedDependencies = { "shared", "identity", "project" })
package jp.kyoyu.demo;

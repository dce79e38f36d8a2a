/**
 * The demo installation: on first start with an empty database, demo users and one works and one service
 * project are created, with approved proposals, photos and documents, so a newcomer can try every screen and
 * every export; a banner says it is a demo. Off in production.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data",
		allowedDependencies = { "shared", "identity", "project", "proposal", "workflow", "document",
				"masterdata" })
package jp.kyoyu.demo;

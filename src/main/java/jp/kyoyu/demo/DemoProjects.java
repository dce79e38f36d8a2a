package jp.kyoyu.demo;

import org.springframework.stereotype.Component;

/** The demo works project and service project with their members. */
@Component
class DemoProjects {

	void create() {
		// Filled in when the project module lands.
	}
}

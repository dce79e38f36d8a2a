package jp.kyoyu.demo;

import org.springframework.stereotype.Component;

/** Read by the layout ({@code @demoBanner.shown}) to show the demo banner on every page. */
@Component("demoBanner")
public class DemoBanner {

	private final boolean shown;

	DemoBanner(DemoSettings settings) {
		this.shown = settings.enabled();
	}

	public boolean isShown() {
		return shown;
	}
}

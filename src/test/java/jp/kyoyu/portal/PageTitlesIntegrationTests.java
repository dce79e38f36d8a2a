package jp.kyoyu.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import jp.kyoyu.support.BrowserlessClient;

/**
 * Issue #22: every page's tab says 「… - Kyoyu」. The pages are not listed by hand: every GET mapping of a page
 * controller without a path variable is opened as the administrator, and a few pages with an id besides.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PageTitlesIntegrationTests {

	private static final Pattern TITLE = Pattern.compile("<title>([^<]*)</title>");

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void everyPageOfThePortalIsTitledWithKyoyu() {
		BrowserlessClient admin = new BrowserlessClient(port);
		admin.login("admin", "Kyoyu#Demo2026");
		List<String> checked = new ArrayList<>();
		List<String> untitled = new ArrayList<>();
		for (String path : pagePaths()) {
			HttpResponse<String> page = admin.get(path);
			boolean html = page.headers().firstValue("Content-Type").orElse("").startsWith("text/html");
			if (page.statusCode() != 200 || !html) {
				continue;
			}
			checked.add(path);
			String title = title(page.body());
			if (!title.endsWith(" - Kyoyu") || title.contains("{0}")) {
				untitled.add(path + " → " + title);
			}
		}
		assertThat(checked).as("pages reached").hasSizeGreaterThan(20).contains("/", "/account", "/tasks", "/admin/users");
		assertThat(untitled).as("pages whose title lacks 「 - Kyoyu」").isEmpty();

		assertThat(title(admin.get("/admin/users/genba").body())).isEqualTo("利用者「genba」の編集 - Kyoyu");
		assertThat(title(new BrowserlessClient(port).get("/login").body())).endsWith(" - Kyoyu");
	}

	private TreeSet<String> pagePaths() {
		TreeSet<String> paths = new TreeSet<>();
		mappings.getHandlerMethods().forEach((RequestMappingInfo info, HandlerMethod handler) -> {
			boolean get = info.getMethodsCondition().getMethods().isEmpty()
					|| info.getMethodsCondition().getMethods().contains(RequestMethod.GET);
			if (!get) {
				return;
			}
			for (String path : info.getPatternValues()) {
				if (!path.contains("{") && !path.contains("*") && !path.startsWith("/api") && !path.startsWith("/v3")
						&& !path.startsWith("/actuator") && !path.startsWith("/camunda") && !path.startsWith("/engine-rest")
						&& !path.equals("/logout") && !path.equals("/error")) {
					paths.add(path);
				}
			}
		});
		return paths;
	}

	private static String title(String body) {
		Matcher title = TITLE.matcher(body);
		return title.find() ? title.group(1).strip() : "(no title)";
	}
}

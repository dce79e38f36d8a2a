package jp.kyoyu.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import jp.kyoyu.support.BrowserlessClient;

/**
 * The seal image (印影) on the account page, issue #22: a good PNG or JPEG is stored (scaled to a small PNG), a file
 * too large or not an image is refused with a Japanese message next to the field and the earlier seal is kept,
 * and without an upload the generated round name seal is what the account page and the PDFs show.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SealUploadIntegrationTests {

	static final String PASSWORD = "Kyoyu#Demo2026";

	@LocalServerPort
	int port;

	@Autowired
	AccountManagement accounts;

	@Autowired
	SealImages seals;

	BrowserlessClient browser;

	String userId;

	@BeforeEach
	void freshUser() {
		userId = "seal" + UUID.randomUUID().toString().substring(0, 8);
		accounts.create(new UserDetailsInput(userId, "押印 太郎", userId + "@seal.kyoyu.example", PASSWORD, Side.AGENCY,
				null, "監督員", null), false);
		browser = new BrowserlessClient(port);
		browser.login(userId, PASSWORD);
	}

	@Test
	void withoutAnUploadTheGeneratedNameSealIsShown() throws Exception {
		assertThat(browser.get("/account").body()).contains("印影（電子印）", "氏名から作った丸印を使っています",
				"法的な電子署名ではありません");
		BufferedImage seal = image(browser.download("/account/seal.png").body());
		assertThat(seal.getWidth()).isEqualTo(240);
		assertThat(isRed(seal.getRGB(120, 8))).as("the ring at the top").isTrue();
		assertThat(isRed(seal.getRGB(120, 120)) || isRed(seal.getRGB(118, 70)) || redPixels(seal) > 2000)
			.as("the family name in red inside the ring").isTrue();
		assertThat(Arrays.equals(seals.png(userId), SealImages.generated("押印 太郎"))).isTrue();
		assertThat(GeneratedSeal.familyName("押印 太郎")).isEqualTo("押印");
		assertThat(GeneratedSeal.familyName("佐藤　総一")).as("a full-width space too").isEqualTo("佐藤");
		assertThat(GeneratedSeal.familyName("長谷川")).isEqualTo("長谷川");
	}

	@Test
	void aGoodImageIsStoredAndBadFilesAreRefusedWithoutLosingIt() throws Exception {
		HttpResponse<String> uploaded = upload("seal.png", png(600, 400, Color.BLUE));
		assertThat(uploaded.statusCode()).isEqualTo(302);
		assertThat(browser.get("/account").body()).contains("印影を登録しました。", "登録した印影を使っています");
		byte[] stored = browser.download("/account/seal.png").body();
		BufferedImage image = image(stored);
		assertThat(image.getWidth()).as("scaled to fit 240 pixels").isEqualTo(240);
		assertThat(image.getHeight()).isEqualTo(160);
		assertThat(new Color(image.getRGB(120, 80))).isEqualTo(Color.BLUE);

		upload("big.png", tooLarge());
		assertThat(browser.get("/account").body()).contains("印影の画像は1MB以下にしてください。");
		assertThat(browser.download("/account/seal.png").body()).as("nothing lost").isEqualTo(stored);

		upload("seal.png", "これは画像ではありません".getBytes(StandardCharsets.UTF_8));
		assertThat(browser.get("/account").body())
			.contains("印影の画像として読めません。PNGまたはJPEGの画像ファイルを選んでください。");
		byte[] broken = Arrays.copyOf(png(50, 50, Color.RED), 40);
		upload("broken.png", broken);
		assertThat(browser.get("/account").body()).as("a truncated PNG").contains("印影の画像として読めません。");
		assertThat(browser.download("/account/seal.png").body()).isEqualTo(stored);

		assertThat(upload("seal.jpg", jpeg(100, 100, Color.GREEN)).statusCode()).isEqualTo(302);
		assertThat(browser.get("/account").body()).contains("印影を登録しました。");
		assertThat(image(browser.download("/account/seal.png").body()).getWidth()).as("JPEG kept at its size")
			.isEqualTo(100);

		String page = browser.get("/account").body();
		assertThat(browser.postForm("/account/seal/delete", "_csrf=" + BrowserlessClient.csrfToken(page))
			.statusCode()).isEqualTo(302);
		assertThat(browser.get("/account").body()).contains("印影を削除しました。", "氏名から作った丸印を使っています");
		assertThat(seals.uploaded(userId)).isEmpty();
	}

	private HttpResponse<String> upload(String fileName, byte[] content) throws Exception {
		String token = BrowserlessClient.csrfToken(browser.get("/account").body());
		String boundary = "seal" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token
				+ "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return browser.send(HttpRequest.newBuilder(URI.create(browser.url("/account/seal")))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build());
	}

	/** A real PNG header followed by more than a megabyte: refused by its size before anything is decoded. */
	private static byte[] tooLarge() throws Exception {
		byte[] head = png(10, 10, Color.RED);
		byte[] big = Arrays.copyOf(head, SealImages.MAX_BYTES + 1);
		return big;
	}

	static byte[] png(int width, int height, Color colour) throws Exception {
		return encoded(width, height, colour, "png", BufferedImage.TYPE_INT_ARGB);
	}

	static byte[] jpeg(int width, int height, Color colour) throws Exception {
		return encoded(width, height, colour, "jpg", BufferedImage.TYPE_INT_RGB);
	}

	private static byte[] encoded(int width, int height, Color colour, String format, int type) throws Exception {
		BufferedImage image = new BufferedImage(width, height, type);
		Graphics2D g = image.createGraphics();
		g.setColor(colour);
		g.fillRect(0, 0, width, height);
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, format, out);
		return out.toByteArray();
	}

	private static BufferedImage image(byte[] png) throws Exception {
		return ImageIO.read(new ByteArrayInputStream(png));
	}

	private static int redPixels(BufferedImage image) {
		int count = 0;
		for (int y = 40; y < 200; y++) {
			for (int x = 40; x < 200; x++) {
				count += isRed(image.getRGB(x, y)) ? 1 : 0;
			}
		}
		return count;
	}

	private static boolean isRed(int argb) {
		Color c = new Color(argb, true);
		return c.getAlpha() > 128 && c.getRed() > 150 && c.getGreen() < 100 && c.getBlue() < 100;
	}
}

package jp.kyoyu.identity;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Iterator;
import java.util.Optional;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoyu.shared.InvalidInputException;
import jp.kyoyu.shared.Wording;

/**
 * Users' electronic seal images (印影, issue #22), printed in the stamp columns of proposal PDFs. A user uploads
 * one PNG or JPEG on the account page; without one, a round name seal is generated from the name
 * ({@link GeneratedSeal}). The image is one the user chose: it marks who approved in the printout, it is not a
 * legal electronic signature.
 *
 * <p>Every upload is decoded and drawn again as a PNG of at most {@value GeneratedSeal#SIZE} pixels a side, so what
 * is stored and printed is a plain small bitmap whatever the file carried (metadata, colour profiles, a huge size).
 */
@Service
@Transactional
public class SealImages {

	/** An upload larger than this is refused: a scanned seal is a few kilobytes to some hundred. */
	public static final int MAX_BYTES = 1024 * 1024;

	/** Refused before decoding, so a small file that claims a huge picture cannot fill the heap. */
	static final int MAX_SIDE = 4000;

	static final String FIELD = "seal";

	private final SealRepository seals;

	private final IdentityManagement identity;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SealImages(SealRepository seals, IdentityManagement identity, ApplicationEventPublisher events, Clock clock) {
		this.seals = seals;
		this.identity = identity;
		this.events = events;
		this.clock = clock;
	}

	/** The PNG to print for this user: the uploaded seal, else the generated name seal. */
	@Transactional(readOnly = true)
	public byte[] png(String userId) {
		return uploaded(userId).orElseGet(() -> GeneratedSeal.png(identity.nameOf(userId).orElse(userId)));
	}

	/** The generated name seal for a name, for a person no longer known as a user (the record keeps names). */
	public static byte[] generated(String name) {
		return GeneratedSeal.png(name);
	}

	@Transactional(readOnly = true)
	public Optional<byte[]> uploaded(String userId) {
		return seals.findById(userId).map(Seal::png);
	}

	/**
	 * Stores {@code content} as the user's seal, replacing any earlier one. Refused with a Japanese message, and
	 * the earlier seal kept: empty, larger than {@link #MAX_BYTES}, not a PNG or JPEG, or not readable as one.
	 */
	public void upload(String userId, byte[] content) {
		identity.get(userId);
		byte[] png = normalised(content);
		seals.findById(userId).ifPresentOrElse(seal -> seal.replace(png, clock.instant()),
				() -> seals.save(new Seal(userId, png, clock.instant())));
		events.publishEvent(new SealChanged(userId, false));
	}

	/** Back to the generated name seal. */
	public void remove(String userId) {
		if (seals.existsById(userId)) {
			seals.deleteById(userId);
			events.publishEvent(new SealChanged(userId, true));
		}
	}

	@EventListener
	void on(UserDeleted deleted) {
		seals.deleteById(deleted.userId());
	}

	static byte[] normalised(byte[] content) {
		if (content == null || content.length == 0) {
			throw refused("account.seal.error.empty");
		}
		if (content.length > MAX_BYTES) {
			throw refused("account.seal.error.tooLarge", MAX_BYTES / 1024 / 1024);
		}
		if (!isPng(content) && !isJpeg(content)) {
			throw refused("account.seal.error.notImage");
		}
		BufferedImage image = decode(content);
		return encode(fitted(image));
	}

	private static boolean isPng(byte[] c) {
		return c.length > 8 && (c[0] & 0xFF) == 0x89 && c[1] == 'P' && c[2] == 'N' && c[3] == 'G';
	}

	private static boolean isJpeg(byte[] c) {
		return c.length > 3 && (c[0] & 0xFF) == 0xFF && (c[1] & 0xFF) == 0xD8 && (c[2] & 0xFF) == 0xFF;
	}

	private static BufferedImage decode(byte[] content) {
		try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
			if (!readers.hasNext()) {
				throw refused("account.seal.error.notImage");
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(in, true, true);
				if (reader.getWidth(0) > MAX_SIDE || reader.getHeight(0) > MAX_SIDE) {
					throw refused("account.seal.error.tooManyPixels", MAX_SIDE);
				}
				return reader.read(0);
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException e) {
			if (e instanceof InvalidInputException refusal) {
				throw refusal;
			}
			// a truncated or corrupt file: the decoder's own words would mean nothing to the user
			throw refused("account.seal.error.notImage");
		}
	}

	/** Scaled down to fit {@value GeneratedSeal#SIZE} pixels, transparency kept. */
	private static BufferedImage fitted(BufferedImage image) {
		double scale = Math.min(1.0, (double) GeneratedSeal.SIZE / Math.max(image.getWidth(), image.getHeight()));
		int width = Math.max(1, (int) Math.round(image.getWidth() * scale));
		int height = Math.max(1, (int) Math.round(image.getHeight() * scale));
		BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = out.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
			g.drawImage(image, 0, 0, width, height, null);
		}
		finally {
			g.dispose();
		}
		return out;
	}

	private static byte[] encode(BufferedImage image) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	private static InvalidInputException refused(String key, Object... args) {
		return new InvalidInputException(FIELD, Wording.of(key, args));
	}
}

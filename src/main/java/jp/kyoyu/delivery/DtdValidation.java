package jp.kyoyu.delivery;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

import jp.kyoyu.shared.Wording;

/**
 * Validates a management file against its DTD with the JDK's validating parser. The DTD comes from the bytes
 * about to be written next to it, never from the network or the disk.
 */
final class DtdValidation {

	private DtdValidation() {
	}

	/** Every validity or well-formedness error, as parser messages with line numbers; empty when valid. */
	static List<String> errors(byte[] xml, String dtdName, byte[] dtd) {
		List<String> errors = new ArrayList<>();
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setValidating(true);
			factory.setNamespaceAware(false);
			DocumentBuilder builder = factory.newDocumentBuilder();
			builder.setEntityResolver((publicId, systemId) -> {
				if (systemId != null && systemId.endsWith(dtdName)) {
					return new InputSource(new ByteArrayInputStream(dtd));
				}
				throw new SAXParseException("unexpected external entity " + systemId, null);
			});
			builder.setErrorHandler(new ErrorHandler() {
				@Override
				public void warning(SAXParseException e) {
				}

				@Override
				public void error(SAXParseException e) {
					errors.add(Wording.japanese("delivery.check.xml-line", e.getLineNumber(), e.getMessage()));
				}

				@Override
				public void fatalError(SAXParseException e) throws SAXParseException {
					errors.add(Wording.japanese("delivery.check.xml-line", e.getLineNumber(), e.getMessage()));
					throw e;
				}
			});
			builder.parse(new ByteArrayInputStream(xml));
		}
		catch (SAXParseException e) {
			// already recorded by the handler
		}
		catch (Exception e) {
			errors.add(e.getMessage());
		}
		return errors;
	}
}

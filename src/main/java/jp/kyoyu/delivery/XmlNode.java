package jp.kyoyu.delivery;

import java.util.List;

/** One element of a management file: a leaf with text, or a group (text {@literal null}) with children. */
record XmlNode(String name, String text, List<XmlNode> children) {

	static XmlNode leaf(String name, String text) {
		return new XmlNode(name, text, List.of());
	}

	static XmlNode group(String name, List<XmlNode> children) {
		return new XmlNode(name, null, List.copyOf(children));
	}
}

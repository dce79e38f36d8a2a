package jp.kyoyu.document;

import java.util.List;

/**
 * What a registration form or API call sends (C5.2), as typed: the date as text so a bad one is reported, not
 * lost. {@code title} defaults to the first file's name; {@code uploadIds} are finished resumable uploads.
 */
public record DocumentInput(String title, String category, String date, List<String> uploadIds) {

	public DocumentInput {
		uploadIds = uploadIds == null ? List.of() : uploadIds.stream().filter(id -> id != null && !id.isBlank()).toList();
	}
}

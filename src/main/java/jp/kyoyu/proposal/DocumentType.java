package jp.kyoyu.proposal;

import java.util.List;

import jp.kyoyu.project.ProjectKind;

/**
 * One document type as registered in {@code proposal/document-types.yaml}: its form ({@code forms/<formFile>}),
 * Japanese name, the kind of project it belongs to, who may raise it and the keys of its 処理・回答 part.
 */
public record DocumentType(String key, String name, String formFile, ProjectKind projectKind, RaisingSide side,
		boolean hasAnswer, List<String> answerFields) {
}

package jp.kyoyu.proposal;

import java.time.Instant;
import java.util.Map;

import jp.kyoyu.identity.Side;

/** A proposal as callers see it; {@code fields} holds the form data by field key. */
public record ProposalView(long id, long projectId, String type, String typeName, String title,
		ProposalStatus status, Map<String, Object> fields, String authorUserId, String authorName, Side authorSide,
		Long copiedFrom, Instant createdAt, Instant updatedAt) {
}

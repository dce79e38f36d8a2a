/**
 * Approval-history and proposal-list exports (C4.18) as CSV (UTF-8 with BOM), Excel and PDF: pure renderers
 * that take {@link jp.kyoyu.workflow.export.HistoryHeader} or {@link jp.kyoyu.workflow.export.ProposalRow}s
 * and write to a stream, so controllers only gather the data and set the content type.
 */
package jp.kyoyu.workflow.export;

package jp.kyoyu.delivery;

import org.springframework.core.io.Resource;

/**
 * A finished export to download: the name to offer and the ZIP, on this node's disk or in the bucket
 * (issue #18), read on demand and by Range.
 */
public record ExportResult(String name, Resource content) {
}

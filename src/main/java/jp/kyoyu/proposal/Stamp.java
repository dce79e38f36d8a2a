package jp.kyoyu.proposal;

import java.time.LocalDate;

/**
 * What one stamp column of the printed form shows: who stamped it, when, with which seal image, and whether a
 * deputy stamped for the column's holder (代理) or the holder looked at it after an approve-ahead (後閲).
 */
record Stamp(String name, LocalDate date, byte[] sealPng, String onBehalfOfName, boolean postReview) {

	boolean byDeputy() {
		return onBehalfOfName != null;
	}
}

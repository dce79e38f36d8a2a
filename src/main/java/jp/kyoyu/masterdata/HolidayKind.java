package jp.kyoyu.masterdata;

/** Why a weekday is not a business day. */
public enum HolidayKind {

	/** A national holiday, substitute holiday (振替休日) or 国民の休日 per the Cabinet Office list. */
	NATIONAL_HOLIDAY,

	/** A day the agency's offices are closed, such as the year-end and New Year days. */
	AGENCY_CLOSED
}

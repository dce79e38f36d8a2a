-- Each user's choice of how dates are shown (issue #22): SEIREKI (2026/12/07) or WAREKI (令和8年12月7日).
-- Every existing user keeps the slashes they saw before.
ALTER TABLE identity_user_profile ADD COLUMN date_style VARCHAR(16) DEFAULT 'SEIREKI' NOT NULL;

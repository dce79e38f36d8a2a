-- One row per outgoing notice mail (issue #18): its de-duplication key, taken with an INSERT before the mail is
-- sent, so a notice delivered twice (a node died after sending, before its event publication was marked
-- complete; or two nodes retried it at once) is mailed once. state: SENDING while a node sends it (released again
-- when the send fails, so the retry sends), SENT once the SMTP server took it.
CREATE TABLE notification_mail_claim (
    claim_key  VARCHAR(64) NOT NULL,
    state      VARCHAR(8)  NOT NULL,
    claimed_at TIMESTAMP   NOT NULL,
    CONSTRAINT notification_mail_claim_pk PRIMARY KEY (claim_key),
    CONSTRAINT notification_mail_claim_state CHECK (state IN ('SENDING', 'SENT'))
);
CREATE INDEX notification_mail_claim_at ON notification_mail_claim (claimed_at);

-- The erasure certificate is mailed to the project's 総括監督員 (issue #16). Who they were is recorded when the
-- erasure starts, before the membership rows go: the mail is sent after the project is gone.
alter table erasure_job add column general_supervisors varchar(8000);

-- The mail; the notification module fills the {{placeholders}} and attaches the certificate PDF.
insert into masterdata_mail_template (template_key, subject, body, description) values
    ('erasure.certificate',
     '[Kyoyu] データ消去証明書：{{projectName}}',
     '{{recipientName}} 様

{{projectName}} のデータを {{erasedAt}} に消去しました。消去したデータは再現できません。
データ消去証明書（PDF）を添付します。

証明書は消去から {{certificateDays}} 日間、次の画面からも取得できます：
{{url}}

※このメールは Kyoyu 情報共有システムから自動送信しています。返信はできません。',
     'データ消去の完了時に総括監督員へ送る、データ消去証明書（PDF添付）のお知らせ。差込項目：{{recipientName}} 宛先の氏名、{{projectName}} 工事・業務の名称、{{erasedAt}} 消去日時、{{certificateDays}} 証明書を取得できる日数、{{url}} 証明書の取得画面');

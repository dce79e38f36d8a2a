-- Notices 30, 7 and 1 days before a project's erasure (issue #16). One row per project, threshold and erasure
-- date: inserting it is the claim (the primary key lets exactly one node send a notice, however many check at
-- once), and it is written in the same transaction as the event that makes the notification module send the
-- mails. The date is part of the key on purpose: when an administrator moves the date, members hear the new one.
-- Deleted with the project's other erasure work when the erasure ends.
create table erasure_notice (
    project_id   bigint                   not null,
    days_before  integer                  not null,
    erasure_date date                     not null,
    sent_at      timestamp with time zone not null,
    constraint erasure_notice_pk primary key (project_id, days_before, erasure_date),
    constraint erasure_notice_days check (days_before in (1, 7, 30))
);

-- The mails; the notification module fills the {{placeholders}}.
insert into masterdata_mail_template (template_key, subject, body, description) values
    ('erasure.notice',
     '【重要】[Kyoyu] データ消去のお知らせ：{{projectName}}（{{erasureDate}}、あと{{daysLeft}}日）',
     '{{recipientName}} 様

{{projectName}} のデータは、契約終了後のデータ消去により {{erasureDate}} に消去されます（あと{{daysLeft}}日）。
消去したデータは再現できません。

それまでに、次のものを取得してください。
・成果品（電子納品データ）
・打合せ簿、書類、掲示板の記事、添付ファイルなど、各社の規程で保管が必要なもの

工事・業務のページ：
{{url}}

※このメールは Kyoyu 情報共有システムから自動送信しています。返信はできません。',
     'データ消去の30日・7日・1日前の通知（参加者全員）。差込項目：{{recipientName}} 宛先の氏名、{{projectName}} 工事・業務の名称、{{erasureDate}} 消去予定日、{{daysLeft}} 消去までの日数、{{url}} 工事・業務のページ'),
    ('erasure.notice.list',
     '【重要】[Kyoyu] データ消去のお知らせ（消去されるデータの一覧）：{{projectName}}（{{erasureDate}}、あと{{daysLeft}}日）',
     '{{recipientName}} 様

{{projectName}} のデータは、契約終了後のデータ消去により {{erasureDate}} に消去されます（あと{{daysLeft}}日）。
消去したデータは再現できません。参加者には、成果品と保管が必要なものを取得するよう通知しました。

消去されるデータ（現時点の件数）：
{{contents}}

消去日の変更はシステム管理者が行います。

工事・業務のページ：
{{url}}

※このメールは Kyoyu 情報共有システムから自動送信しています。返信はできません。',
     'データ消去の30日・7日・1日前の通知（総括監督員とシステム管理者、消去されるデータの一覧つき）。差込項目：{{recipientName}} 宛先の氏名、{{projectName}} 工事・業務の名称、{{erasureDate}} 消去予定日、{{daysLeft}} 消去までの日数、{{contents}} 消去されるデータの種類ごとの件数、{{url}} 工事・業務のページ');

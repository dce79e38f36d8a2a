-- One-time links to set a password (X2: no password travels in a mail). Only the SHA-256 of the link's random
-- token is kept, so a copy of the database opens no account; a link works once (used_at) and for 24 hours.
create table identity_password_link (
    token_hash varchar(64)  not null primary key,
    user_id    varchar(64)  not null,
    purpose    varchar(16)  not null,
    created_at timestamp with time zone not null,
    expires_at timestamp with time zone not null,
    used_at    timestamp with time zone
);
create index identity_password_link_user on identity_password_link (user_id);

-- The account notices that carry such a link; the notification module fills the {{placeholders}}.
insert into masterdata_mail_template (template_key, subject, body, description) values
    ('account.created',
     '[Kyoyu] アカウントを登録しました（パスワードを設定してください）',
     '{{recipientName}} 様

Kyoyu 情報共有システムにあなたのアカウントが登録されました。

ユーザーID：{{userId}}

次のURLを開き、ご自身でパスワードを設定してからログインしてください。
{{url}}

このURLは {{validUntil}} まで（24時間）、1回だけ使えます。期限が切れたときは、システム管理者に再発行を依頼してください。
パスワードをメールでお知らせすることはありません。

※このメールは Kyoyu 情報共有システムから自動送信しています。返信はできません。
※心当たりがない場合は、このメールを破棄してください。',
     'アカウント登録の通知（パスワード設定用の1回限りのリンク）。差込項目：{{recipientName}} 宛先の氏名、{{userId}} ユーザーID、{{url}} パスワード設定のURL、{{validUntil}} URLの有効期限'),
    ('account.password_reset',
     '[Kyoyu] パスワードの再設定',
     '{{recipientName}} 様

システム管理者が、あなたのアカウントのパスワード再設定を受け付けました。

ユーザーID：{{userId}}

次のURLを開き、新しいパスワードを設定してください。
{{url}}

このURLは {{validUntil}} まで（24時間）、1回だけ使えます。期限が切れたときは、システム管理者に再発行を依頼してください。
パスワードをメールでお知らせすることはありません。

※このメールは Kyoyu 情報共有システムから自動送信しています。返信はできません。
※心当たりがない場合は、システム管理者に連絡してください。',
     'パスワード再設定の通知（1回限りのリンク）。差込項目：{{recipientName}} 宛先の氏名、{{userId}} ユーザーID、{{url}} パスワード設定のURL、{{validUntil}} URLの有効期限');

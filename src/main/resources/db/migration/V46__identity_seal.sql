-- A user's electronic seal image (印影, issue #22), printed in the stamp columns of proposal PDFs.
-- The server re-encodes every upload as a PNG of at most 240 x 240 pixels and keeps it as base64 text:
-- H2 and PostgreSQL share no name for a binary column (BLOB / bytea), and the image is small.
create table identity_seal (
    user_id    varchar(64)     not null primary key,
    png_base64 varchar(400000) not null,
    updated_at timestamp with time zone not null
);

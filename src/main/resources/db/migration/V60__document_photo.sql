-- A photo document's metadata for PHOTO.XML (写真管理情報, issue #20 G-6): one row per photo document, made when
-- the metadata is first saved (or the upload's EXIF gives a 撮影年月日). The columns follow PHOTO05.DTD's
-- 撮影工種区分 / 撮影情報 / 代表写真 / 提出頻度写真; lengths: 写真区分 ≤16 and 写真タイトル ≤127 characters as the
-- reference notes give them, 工種/種別/細別 unknown in the reference, so 100 as for Kyoyu's other short texts.
-- The row goes with its document (cascade), also when erasure deletes documents by SQL.
create table document_photo (
    document_id        bigint       not null primary key references document_entry (id) on delete cascade,
    photo_class        varchar(16),
    work_type          varchar(100),
    work_kind          varchar(100),
    work_detail        varchar(100),
    photo_title        varchar(127),
    representative     boolean      not null,
    frequency_required boolean      not null,
    taken_on           date
);

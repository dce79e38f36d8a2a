-- Issue #18: with kyoyu.storage.kind=s3 the chunks of a resumable upload are objects in the bucket, one per
-- acknowledged chunk, and this table is what every node reads for the upload's offset (the sum of the lengths)
-- and the order to assemble them in. The primary key is a second guard behind the upload row's lock: one chunk
-- per starting offset. With kind=filesystem the table stays empty (the part file's length is the offset).
create table document_upload_chunk (
    upload_id    varchar(36)  not null references document_upload (id) on delete cascade,
    start_offset bigint       not null,
    length       bigint       not null,
    object_name  varchar(200) not null,
    primary key (upload_id, start_offset)
);

-- C4.5: the projects a user chose for the approval list across projects; no rows = all of the user's projects.
create table workflow_list_choice (
    user_id    varchar(64) not null,
    project_id bigint      not null,
    primary key (user_id, project_id)
);

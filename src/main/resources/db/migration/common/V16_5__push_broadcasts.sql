-- Module notification: an operator's message to a segment of members (all, a school, an admission
-- year), and what each range of members' job delivered. A range's row is written whole when its job
-- ends, so a retried job replaces its counts rather than adding to them.
CREATE TABLE push_broadcasts (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    title          VARCHAR(100) NOT NULL,
    body           VARCHAR(500) NOT NULL,
    school_id      BIGINT       NULL,
    admission_year INT          NULL,
    audience       BIGINT       NOT NULL,
    created_by     BIGINT       NOT NULL,
    created_at     DATETIME(6)  NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE push_broadcast_ranges (
    broadcast_id   BIGINT NOT NULL,
    from_member_id BIGINT NOT NULL,
    delivered      INT    NOT NULL,
    unregistered   INT    NOT NULL,
    failed         INT    NOT NULL,
    PRIMARY KEY (broadcast_id, from_member_id),
    CONSTRAINT fk_push_broadcast_ranges FOREIGN KEY (broadcast_id) REFERENCES push_broadcasts (id)
);

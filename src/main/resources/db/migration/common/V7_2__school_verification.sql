-- Module member: a member proves they belong to their school by a link or a code sent to
-- an address at one of the school's e-mail domains. Members who signed up before this
-- migration keep everything they had: they count as verified.

CREATE TABLE school_domains (
    school_id BIGINT       NOT NULL,
    domain    VARCHAR(253) NOT NULL,
    PRIMARY KEY (school_id, domain),
    CONSTRAINT uk_school_domains_domain UNIQUE (domain),
    CONSTRAINT fk_school_domains_school FOREIGN KEY (school_id) REFERENCES schools (id)
);

INSERT INTO school_domains (school_id, domain)
SELECT id, 'snu.ac.kr' FROM schools WHERE code = 'SNU'
UNION ALL SELECT id, 'yonsei.ac.kr' FROM schools WHERE code = 'YONSEI'
UNION ALL SELECT id, 'korea.ac.kr' FROM schools WHERE code = 'KOREA'
UNION ALL SELECT id, 'skku.edu' FROM schools WHERE code = 'SKKU'
UNION ALL SELECT id, 'g.skku.edu' FROM schools WHERE code = 'SKKU'
UNION ALL SELECT id, 'hanyang.ac.kr' FROM schools WHERE code = 'HANYANG'
UNION ALL SELECT id, 'kaist.ac.kr' FROM schools WHERE code = 'KAIST'
UNION ALL SELECT id, 'postech.ac.kr' FROM schools WHERE code = 'POSTECH'
UNION ALL SELECT id, 'pusan.ac.kr' FROM schools WHERE code = 'PNU';

ALTER TABLE members ADD COLUMN verified_at DATETIME(6) NULL;

UPDATE members SET verified_at = (SELECT a.created_at FROM accounts a WHERE a.id = members.account_id);

-- One row per mail sent: the link's token and the app's code, both stored hashed, usable
-- once, until they expire.
CREATE TABLE member_verifications (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    member_id  BIGINT      NOT NULL,
    token_hash VARCHAR(64) NOT NULL,
    code_hash  VARCHAR(64) NOT NULL,
    attempts   INT         NOT NULL,
    created_at DATETIME(6) NOT NULL,
    expires_at DATETIME(6) NOT NULL,
    used_at    DATETIME(6) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_member_verifications_token UNIQUE (token_hash),
    CONSTRAINT fk_member_verifications_member FOREIGN KEY (member_id) REFERENCES members (account_id) ON DELETE CASCADE
);

CREATE INDEX ix_member_verifications_member ON member_verifications (member_id, used_at);

-- The first schools AdToPaper serves. Operators add more from the admin site.

INSERT INTO schools (code, name, region) VALUES
    ('SNU', '서울대학교', 'Seoul'),
    ('YONSEI', '연세대학교', 'Seoul'),
    ('KOREA', '고려대학교', 'Seoul'),
    ('SKKU', '성균관대학교', 'Seoul'),
    ('HANYANG', '한양대학교', 'Seoul'),
    ('KAIST', '한국과학기술원', 'Daejeon'),
    ('POSTECH', '포항공과대학교', 'Pohang'),
    ('PNU', '부산대학교', 'Busan');

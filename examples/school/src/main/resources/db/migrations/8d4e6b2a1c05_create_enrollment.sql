-- Revision ID: 8d4e6b2a1c05
-- Revises: 3f1c0a9e2b7d
-- Create Date: 2026-01-12 14:30:00 UTC
-- Message: create enrollment

-- migrate:upgrade
CREATE TABLE enrollment (
    id INTEGER PRIMARY KEY,
    student_id BIGINT NOT NULL,
    course_id BIGINT NOT NULL,
    grade VARCHAR(2),
    CONSTRAINT uk_enrollment_student_course UNIQUE (student_id, course_id),
    CONSTRAINT fk_enrollment_student FOREIGN KEY (student_id) REFERENCES student (id),
    CONSTRAINT fk_enrollment_course FOREIGN KEY (course_id) REFERENCES course (id)
);

CREATE INDEX ix_enrollment_course ON enrollment (course_id);

-- migrate:downgrade
DROP INDEX ix_enrollment_course;
DROP TABLE enrollment;

-- Revision ID: 3f1c0a9e2b7d
-- Revises:
-- Create Date: 2026-01-05 09:00:00 UTC
-- Message: create teacher, course and student

-- migrate:upgrade
CREATE TABLE teacher (
    id INTEGER PRIMARY KEY,
    name VARCHAR(255) NOT NULL,
    email VARCHAR(255) NOT NULL,
    CONSTRAINT uk_teacher_email UNIQUE (email)
);

CREATE TABLE course (
    id INTEGER PRIMARY KEY,
    title VARCHAR(120) NOT NULL,
    credits INTEGER NOT NULL,
    teacher_id BIGINT,
    CONSTRAINT fk_course_teacher FOREIGN KEY (teacher_id) REFERENCES teacher (id)
);

CREATE TABLE student (
    id INTEGER PRIMARY KEY,
    name VARCHAR(255) NOT NULL,
    enrolled_on DATE NOT NULL
);

-- migrate:downgrade
DROP TABLE student;
DROP TABLE course;
DROP TABLE teacher;

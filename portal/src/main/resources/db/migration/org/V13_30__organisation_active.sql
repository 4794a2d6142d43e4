-- Issue 13 (administration): an organisation the organiser deactivated keeps its history
-- and its units, but no unit joins it and its reviewers work no tasks any more.
ALTER TABLE organisation ADD COLUMN active BOOLEAN NOT NULL DEFAULT TRUE;

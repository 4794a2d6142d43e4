-- The edition a unit registered for, so statistics and the unit list can be filtered by it.
-- Units registered before this column existed belong to the edition configured when it was
-- added (Flyway placeholder from fairflow.fair.edition).
ALTER TABLE unit ADD COLUMN edition INTEGER DEFAULT ${edition} NOT NULL;

-- Statistics count units per organisation and status, and the unit list pages them newest first.
CREATE INDEX unit_organisation_status ON unit (organisation_id, status);
CREATE INDEX unit_created_at ON unit (created_at);

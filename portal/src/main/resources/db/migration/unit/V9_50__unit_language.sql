-- The language the unit's contact reads (the portal's language at registration): its SMS
-- and e-mails are sent in it. Units registered before are Chinese.
ALTER TABLE unit ADD COLUMN language VARCHAR(8) DEFAULT 'zh' NOT NULL;

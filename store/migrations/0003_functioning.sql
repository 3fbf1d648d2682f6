-- Functioning, which clinicians ask about beside mood and sleep: "Did you do
-- what you meant to today — work, plans, seeing people?" 0–10, 10 the most.
ALTER TABLE checkins ADD COLUMN functioning INTEGER CHECK (functioning BETWEEN 0 AND 10);

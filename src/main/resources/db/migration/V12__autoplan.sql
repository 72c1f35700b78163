-- The auto-scheduler (issue 15): an organizer pins a placement ("fixiert") so that a proposal keeps it where it is,
-- and a proposal says whether its session needs a step-free room (rooms have room.step_free since V5).
ALTER TABLE placement ADD COLUMN pinned BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE proposal ADD COLUMN needs_step_free BOOLEAN NOT NULL DEFAULT FALSE;

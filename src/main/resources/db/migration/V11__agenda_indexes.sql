-- An agenda request takes the group's next request number and the meeting's next position: without these indexes
-- each read went through every item of the group, then of the meeting, so a backlog of requests slowed down the
-- longer it drained (issue 11: half of the mailbox thread's time with 3,300 requests for one meeting).
CREATE INDEX agenda_by_request_no ON agenda_items (group_id, request_no);
CREATE INDEX agenda_by_position ON agenda_items (group_id, meeting_id, position);

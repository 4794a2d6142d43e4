-- A participant's link names the meeting number: the simulated room page finds its room by it.
create index online_room_meeting_number on online_room (meeting_number);

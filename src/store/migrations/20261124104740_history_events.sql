-- Live updates (web app, server-sent events): every history entry is a change someone may be
-- looking at. The notification is sent when the transaction commits, to every process that
-- listens (LISTEN closeloop_events), so several app processes on one PostgreSQL all hear it.
CREATE FUNCTION closeloop_notify_history() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify(
    'closeloop_events',
    json_build_object('complaintId', NEW.complaint_id, 'action', NEW.action)::text
  );
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER complaint_history_notify
  AFTER INSERT ON complaint_history
  FOR EACH ROW EXECUTE FUNCTION closeloop_notify_history();
--> statement-breakpoint
-- A notification for one person: their open pages show it at once (the stream sends it
-- only to that user).
CREATE FUNCTION closeloop_notify_notification() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify(
    'closeloop_events',
    json_build_object('userId', NEW.user_id, 'kind', NEW.kind, 'complaintId', NEW.complaint_id)::text
  );
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER notifications_notify
  AFTER INSERT ON notifications
  FOR EACH ROW EXECUTE FUNCTION closeloop_notify_notification();

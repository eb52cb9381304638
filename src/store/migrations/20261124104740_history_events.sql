-- Live updates (web app, server-sent events): every history entry is a change someone may be
-- looking at. The notification is sent when the transaction commits, to every process that
-- listens (LISTEN closeloop_events), so several app processes on one PostgreSQL all hear it.
-- One NOTIFY per statement, not per row: a transaction that NOTIFYs takes a global lock at
-- commit, so an intake batch of 50 complaints sends one (listing them), not 50. More than 100
-- changes in one statement send {"changes":null}: "much changed, reload what you show".
CREATE FUNCTION closeloop_notify_history() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  payload text;
BEGIN
  SELECT CASE WHEN count(*) = 0 THEN NULL
              WHEN count(*) > 100 THEN '{"changes":null}'
              ELSE json_build_object('changes', json_agg(json_build_object('complaintId', complaint_id, 'action', action)))::text
         END
    INTO payload
    FROM (SELECT DISTINCT complaint_id, action FROM new_rows LIMIT 101) changed;
  IF payload IS NOT NULL THEN
    PERFORM pg_notify('closeloop_events', payload);
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER complaint_history_notify
  AFTER INSERT ON complaint_history
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION closeloop_notify_history();
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

-- The complaint history is evidence (PRODUCT.md R2, R14): the database itself refuses
-- to change or remove a row, whoever asks.
CREATE FUNCTION closeloop_refuse_history_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'complaint_history is append-only: % refused', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER complaint_history_append_only
  BEFORE UPDATE OR DELETE ON complaint_history
  FOR EACH ROW EXECUTE FUNCTION closeloop_refuse_history_change();
--> statement-breakpoint
CREATE TRIGGER complaint_history_no_truncate
  BEFORE TRUNCATE ON complaint_history
  FOR EACH STATEMENT EXECUTE FUNCTION closeloop_refuse_history_change();
--> statement-breakpoint
-- Default authority limits (CONTRACT.md §5), in CNY; null is unlimited.
INSERT INTO authority_limits (role, limit_amount, currency) VALUES
  ('agent', 200, 'CNY'),
  ('handler', 0, 'CNY'),
  ('quality_manager', 200, 'CNY'),
  ('supervisor', 2000, 'CNY'),
  ('admin', NULL, 'CNY');

CREATE TABLE "duplicate_checks" (
	"complaint_id" uuid PRIMARY KEY NOT NULL,
	"received_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "duplicate_checks" ADD CONSTRAINT "duplicate_checks_complaint_id_complaints_id_fk" FOREIGN KEY ("complaint_id") REFERENCES "public"."complaints"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "duplicate_checks_received_idx" ON "duplicate_checks" USING btree ("received_at");
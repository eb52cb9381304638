CREATE TABLE "case_library" (
	"id" uuid PRIMARY KEY NOT NULL,
	"complaint_id" uuid NOT NULL,
	"title" text NOT NULL,
	"body" jsonb NOT NULL,
	"category" text NOT NULL,
	"severity" text NOT NULL,
	"tags" text[] NOT NULL,
	"search_tokens" text NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, search_tokens)) STORED NOT NULL,
	"created_by_id" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "complaint_links" (
	"complaint_id" uuid NOT NULL,
	"related_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"score" real NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "complaint_links_complaint_id_related_id_kind_pk" PRIMARY KEY("complaint_id","related_id","kind")
);
--> statement-breakpoint
CREATE TABLE "corrective_actions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"complaint_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"description" text NOT NULL,
	"owner_id" uuid NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"status" text NOT NULL,
	"done_at" timestamp with time zone,
	"done_note" text,
	"created_by_id" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"overdue_notified_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "deadline_policies" (
	"version" integer PRIMARY KEY NOT NULL,
	"rules" jsonb NOT NULL,
	"note" text,
	"created_by_id" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "department_tasks" (
	"id" uuid PRIMARY KEY NOT NULL,
	"complaint_id" uuid NOT NULL,
	"department" text NOT NULL,
	"handler_id" uuid NOT NULL,
	"request" text NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"status" text NOT NULL,
	"outcome" text,
	"created_by_id" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"completed_at" timestamp with time zone,
	"overdue_notified_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "follow_ups" (
	"id" uuid PRIMARY KEY NOT NULL,
	"complaint_id" uuid NOT NULL,
	"round" integer NOT NULL,
	"outcome" text NOT NULL,
	"notes" text,
	"recorded_by_id" uuid NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "post_mortems" (
	"complaint_id" uuid PRIMARY KEY NOT NULL,
	"root_cause" text NOT NULL,
	"went_well" text,
	"went_badly" text,
	"lessons" text,
	"customer_answer" jsonb,
	"author_id" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"completed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "remedy_matrix" (
	"id" uuid PRIMARY KEY NOT NULL,
	"severity" text NOT NULL,
	"category" text,
	"kind" text NOT NULL,
	"amount" numeric(14, 2),
	"currency" text NOT NULL,
	"label" jsonb NOT NULL,
	"position" integer NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by_id" uuid
);
--> statement-breakpoint
CREATE TABLE "surveys" (
	"id" uuid PRIMARY KEY NOT NULL,
	"complaint_id" uuid NOT NULL,
	"round" integer NOT NULL,
	"rating" integer NOT NULL,
	"comment" text,
	"submitted_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "triage_corrections" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"complaint_id" uuid NOT NULL,
	"field" text NOT NULL,
	"from_value" jsonb NOT NULL,
	"to_value" jsonb NOT NULL,
	"model_version" text NOT NULL,
	"corrected_by_id" uuid NOT NULL,
	"corrected_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "triage_models" (
	"version" text PRIMARY KEY NOT NULL,
	"model" "bytea" NOT NULL,
	"metrics" jsonb NOT NULL,
	"active" boolean DEFAULT false NOT NULL,
	"created_by_id" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "complaints" ADD COLUMN "verified_facts" text;--> statement-breakpoint
ALTER TABLE "complaints" ADD COLUMN "deadline_policy_version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "complaints" ADD COLUMN "resolution_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "complaints" ADD COLUMN "reopen_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "complaints" ADD COLUMN "satisfaction_rating" integer;--> statement-breakpoint
ALTER TABLE "complaints" ADD COLUMN "repeat_of_id" uuid;--> statement-breakpoint
ALTER TABLE "complaints" ADD COLUMN "minhash" integer[];--> statement-breakpoint
ALTER TABLE "complaints" ADD COLUMN "minhash_bands" integer[];--> statement-breakpoint
ALTER TABLE "remedies" ADD COLUMN "decision_reason" text;--> statement-breakpoint
ALTER TABLE "remedies" ADD COLUMN "customer_response" text;--> statement-breakpoint
ALTER TABLE "remedies" ADD COLUMN "customer_reason" text;--> statement-breakpoint
ALTER TABLE "remedies" ADD COLUMN "customer_responded_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "case_library" ADD CONSTRAINT "case_library_complaint_id_complaints_id_fk" FOREIGN KEY ("complaint_id") REFERENCES "public"."complaints"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_library" ADD CONSTRAINT "case_library_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaint_links" ADD CONSTRAINT "complaint_links_complaint_id_complaints_id_fk" FOREIGN KEY ("complaint_id") REFERENCES "public"."complaints"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaint_links" ADD CONSTRAINT "complaint_links_related_id_complaints_id_fk" FOREIGN KEY ("related_id") REFERENCES "public"."complaints"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "corrective_actions" ADD CONSTRAINT "corrective_actions_complaint_id_complaints_id_fk" FOREIGN KEY ("complaint_id") REFERENCES "public"."complaints"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "corrective_actions" ADD CONSTRAINT "corrective_actions_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "corrective_actions" ADD CONSTRAINT "corrective_actions_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deadline_policies" ADD CONSTRAINT "deadline_policies_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "department_tasks" ADD CONSTRAINT "department_tasks_complaint_id_complaints_id_fk" FOREIGN KEY ("complaint_id") REFERENCES "public"."complaints"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "department_tasks" ADD CONSTRAINT "department_tasks_handler_id_users_id_fk" FOREIGN KEY ("handler_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "department_tasks" ADD CONSTRAINT "department_tasks_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_ups" ADD CONSTRAINT "follow_ups_complaint_id_complaints_id_fk" FOREIGN KEY ("complaint_id") REFERENCES "public"."complaints"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_ups" ADD CONSTRAINT "follow_ups_recorded_by_id_users_id_fk" FOREIGN KEY ("recorded_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "post_mortems" ADD CONSTRAINT "post_mortems_complaint_id_complaints_id_fk" FOREIGN KEY ("complaint_id") REFERENCES "public"."complaints"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "post_mortems" ADD CONSTRAINT "post_mortems_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "remedy_matrix" ADD CONSTRAINT "remedy_matrix_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "surveys" ADD CONSTRAINT "surveys_complaint_id_complaints_id_fk" FOREIGN KEY ("complaint_id") REFERENCES "public"."complaints"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "triage_corrections" ADD CONSTRAINT "triage_corrections_complaint_id_complaints_id_fk" FOREIGN KEY ("complaint_id") REFERENCES "public"."complaints"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "triage_corrections" ADD CONSTRAINT "triage_corrections_corrected_by_id_users_id_fk" FOREIGN KEY ("corrected_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "triage_models" ADD CONSTRAINT "triage_models_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "case_library_complaint_key" ON "case_library" USING btree ("complaint_id");--> statement-breakpoint
CREATE INDEX "case_library_created_idx" ON "case_library" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "case_library_search_idx" ON "case_library" USING gin ("search");--> statement-breakpoint
CREATE INDEX "complaint_links_related_idx" ON "complaint_links" USING btree ("related_id");--> statement-breakpoint
CREATE INDEX "corrective_actions_complaint_idx" ON "corrective_actions" USING btree ("complaint_id","created_at");--> statement-breakpoint
CREATE INDEX "corrective_actions_owner_idx" ON "corrective_actions" USING btree ("owner_id","status","due_at");--> statement-breakpoint
CREATE INDEX "corrective_actions_due_idx" ON "corrective_actions" USING btree ("due_at") WHERE "corrective_actions"."status" = 'open' AND "corrective_actions"."overdue_notified_at" IS NULL;--> statement-breakpoint
CREATE INDEX "department_tasks_complaint_idx" ON "department_tasks" USING btree ("complaint_id","created_at");--> statement-breakpoint
CREATE INDEX "department_tasks_handler_idx" ON "department_tasks" USING btree ("handler_id","status","due_at");--> statement-breakpoint
CREATE INDEX "department_tasks_due_idx" ON "department_tasks" USING btree ("due_at") WHERE "department_tasks"."status" = 'open' AND "department_tasks"."overdue_notified_at" IS NULL;--> statement-breakpoint
CREATE INDEX "follow_ups_complaint_idx" ON "follow_ups" USING btree ("complaint_id","recorded_at");--> statement-breakpoint
CREATE INDEX "remedy_matrix_severity_idx" ON "remedy_matrix" USING btree ("severity","position");--> statement-breakpoint
CREATE UNIQUE INDEX "surveys_complaint_round_key" ON "surveys" USING btree ("complaint_id","round");--> statement-breakpoint
CREATE INDEX "surveys_submitted_idx" ON "surveys" USING btree ("submitted_at");--> statement-breakpoint
CREATE INDEX "triage_corrections_at_idx" ON "triage_corrections" USING btree ("corrected_at");--> statement-breakpoint
CREATE UNIQUE INDEX "triage_models_one_active" ON "triage_models" USING btree ("active") WHERE "triage_models"."active";--> statement-breakpoint
CREATE INDEX "complaints_minhash_bands_idx" ON "complaints" USING gin ("minhash_bands");--> statement-breakpoint
CREATE INDEX "complaints_repeat_of_idx" ON "complaints" USING btree ("repeat_of_id") WHERE "complaints"."repeat_of_id" IS NOT NULL;
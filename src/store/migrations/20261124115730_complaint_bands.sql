CREATE TABLE "complaint_bands" (
	"band" integer NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"complaint_id" uuid NOT NULL,
	CONSTRAINT "complaint_bands_band_received_at_complaint_id_pk" PRIMARY KEY("band","received_at","complaint_id")
);
--> statement-breakpoint
DROP INDEX "complaints_minhash_bands_idx";--> statement-breakpoint
ALTER TABLE "complaint_bands" ADD CONSTRAINT "complaint_bands_complaint_id_complaints_id_fk" FOREIGN KEY ("complaint_id") REFERENCES "public"."complaints"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaints" DROP COLUMN "minhash_bands";
CREATE TABLE "application_throttle" (
	"key" text PRIMARY KEY NOT NULL,
	"count" integer DEFAULT 0 NOT NULL,
	"window_started_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "application_throttle_count_check" CHECK ("application_throttle"."count" >= 0)
);
--> statement-breakpoint
CREATE TABLE "consents" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "consents_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"candidate_id" integer NOT NULL,
	"version" text NOT NULL,
	"given_at" timestamp with time zone DEFAULT now() NOT NULL,
	"channel" text NOT NULL,
	CONSTRAINT "consents_version_check" CHECK (length("consents"."version") between 1 and 40),
	CONSTRAINT "consents_channel_check" CHECK ("consents"."channel" in ('formulaire_offre'))
);
--> statement-breakpoint
ALTER TABLE "positions" ADD COLUMN "description" text;--> statement-breakpoint
ALTER TABLE "positions" ADD COLUMN "requirements" text;--> statement-breakpoint
ALTER TABLE "positions" ADD COLUMN "contract" text;--> statement-breakpoint
ALTER TABLE "positions" ADD COLUMN "salary_min" integer;--> statement-breakpoint
ALTER TABLE "positions" ADD COLUMN "salary_max" integer;--> statement-breakpoint
ALTER TABLE "positions" ADD COLUMN "planned_start_on" date;--> statement-breakpoint
ALTER TABLE "positions" ADD COLUMN "published_on" date;--> statement-breakpoint
ALTER TABLE "positions" ADD COLUMN "closes_on" date;--> statement-breakpoint
ALTER TABLE "consents" ADD CONSTRAINT "consents_candidate_id_candidates_id_fk" FOREIGN KEY ("candidate_id") REFERENCES "public"."candidates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "consents_candidate_idx" ON "consents" USING btree ("candidate_id","given_at");--> statement-breakpoint
CREATE INDEX "positions_offers_idx" ON "positions" USING btree ("closes_on","published_on") WHERE "positions"."published" and "positions"."status" = 'ouvert';--> statement-breakpoint
ALTER TABLE "positions" ADD CONSTRAINT "positions_contract_check" CHECK ("positions"."contract" in ('cdi', 'cdd', 'vacation'));--> statement-breakpoint
ALTER TABLE "positions" ADD CONSTRAINT "positions_salary_check" CHECK (("positions"."salary_min" is null or "positions"."salary_min" > 0) and ("positions"."salary_max" is null or "positions"."salary_max" > 0) and ("positions"."salary_min" is null or "positions"."salary_max" is null or "positions"."salary_min" <= "positions"."salary_max"));--> statement-breakpoint
ALTER TABLE "positions" ADD CONSTRAINT "positions_closes_check" CHECK ("positions"."closes_on" is null or "positions"."published_on" is null or "positions"."closes_on" >= "positions"."published_on");
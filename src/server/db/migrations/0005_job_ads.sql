ALTER TABLE "positions" ADD COLUMN "description" text;--> statement-breakpoint
ALTER TABLE "positions" ADD COLUMN "requirements" text;--> statement-breakpoint
ALTER TABLE "positions" ADD COLUMN "contract" text;--> statement-breakpoint
ALTER TABLE "positions" ADD COLUMN "salary_min" integer;--> statement-breakpoint
ALTER TABLE "positions" ADD COLUMN "salary_max" integer;--> statement-breakpoint
ALTER TABLE "positions" ADD COLUMN "planned_start_on" date;--> statement-breakpoint
ALTER TABLE "positions" ADD COLUMN "published_on" date;--> statement-breakpoint
ALTER TABLE "positions" ADD COLUMN "closes_on" date;--> statement-breakpoint
CREATE INDEX "positions_offers_idx" ON "positions" USING btree ("closes_on","published_on") WHERE "positions"."published" and "positions"."status" = 'ouvert';--> statement-breakpoint
ALTER TABLE "positions" ADD CONSTRAINT "positions_contract_check" CHECK ("positions"."contract" in ('cdi', 'cdd', 'vacation'));--> statement-breakpoint
ALTER TABLE "positions" ADD CONSTRAINT "positions_salary_check" CHECK (("positions"."salary_min" is null or "positions"."salary_min" > 0) and ("positions"."salary_max" is null or "positions"."salary_max" > 0) and ("positions"."salary_min" is null or "positions"."salary_max" is null or "positions"."salary_min" <= "positions"."salary_max"));--> statement-breakpoint
ALTER TABLE "positions" ADD CONSTRAINT "positions_closes_check" CHECK ("positions"."closes_on" is null or "positions"."published_on" is null or "positions"."closes_on" >= "positions"."published_on");
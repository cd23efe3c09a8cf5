DROP INDEX "application_stages_application_idx";--> statement-breakpoint
CREATE INDEX "application_stages_application_idx" ON "application_stages" USING btree ("application_id","reached_on","stage");
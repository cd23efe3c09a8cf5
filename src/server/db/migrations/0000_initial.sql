CREATE TABLE "activities" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "activities_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"version" integer DEFAULT 1 NOT NULL,
	"centre_id" integer NOT NULL,
	"month" date NOT NULL,
	"scheduled" integer NOT NULL,
	"unscheduled" integer NOT NULL,
	"home_visits" integer NOT NULL,
	"out_of_hours_shifts" integer NOT NULL,
	"new_referring_patients" integer NOT NULL,
	CONSTRAINT "activities_counts_check" CHECK ("activities"."scheduled" >= 0 and "activities"."unscheduled" >= 0 and "activities"."home_visits" >= 0 and "activities"."out_of_hours_shifts" >= 0 and "activities"."new_referring_patients" >= 0),
	CONSTRAINT "activities_month_check" CHECK (extract(day from "activities"."month") = 1)
);
--> statement-breakpoint
CREATE TABLE "application_stages" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "application_stages_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"application_id" integer NOT NULL,
	"stage" text NOT NULL,
	"reached_on" date NOT NULL,
	CONSTRAINT "application_stages_stage_check" CHECK ("application_stages"."stage" in ('recue', 'preselection', 'entretien', 'offre', 'acceptee', 'refusee', 'retiree'))
);
--> statement-breakpoint
CREATE TABLE "applications" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "applications_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"version" integer DEFAULT 1 NOT NULL,
	"candidate_id" integer NOT NULL,
	"position_id" integer NOT NULL,
	"stage" text NOT NULL,
	"applied_on" date NOT NULL,
	"stage_on" date NOT NULL,
	CONSTRAINT "applications_stage_check" CHECK ("applications"."stage" in ('recue', 'preselection', 'entretien', 'offre', 'acceptee', 'refusee', 'retiree')),
	CONSTRAINT "applications_dates_check" CHECK ("applications"."stage_on" >= "applications"."applied_on")
);
--> statement-breakpoint
CREATE TABLE "audit_entries" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit_entries_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"user_id" integer,
	"action" text NOT NULL,
	"resource" text NOT NULL,
	"record_id" integer,
	"before" jsonb,
	"after" jsonb,
	CONSTRAINT "audit_entries_action_check" CHECK ("audit_entries"."action" in ('create', 'update', 'delete', 'login', 'login_failed', 'logout', 'denied'))
);
--> statement-breakpoint
CREATE TABLE "candidates" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "candidates_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"version" integer DEFAULT 1 NOT NULL,
	"first_name" text NOT NULL,
	"last_name" text NOT NULL,
	"email" text NOT NULL,
	"phone" text,
	"profession" text NOT NULL,
	"rpps" text,
	"source" text NOT NULL,
	"consent_until" date NOT NULL,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "candidates_profession_check" CHECK ("candidates"."profession" in ('medecin', 'infirmier', 'sage_femme', 'secretaire')),
	CONSTRAINT "candidates_source_check" CHECK ("candidates"."source" in ('forum', 'faculte', 'site', 'bouche_a_oreille', 'reseaux', 'candidature_spontanee', 'autre')),
	CONSTRAINT "candidates_rpps_check" CHECK ("candidates"."rpps" ~ '^[0-9]{11}$')
);
--> statement-breakpoint
CREATE TABLE "centre_members" (
	"centre_id" integer NOT NULL,
	"member_id" integer NOT NULL,
	CONSTRAINT "centre_members_centre_id_member_id_pk" PRIMARY KEY("centre_id","member_id")
);
--> statement-breakpoint
CREATE TABLE "centres" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "centres_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"version" integer DEFAULT 1 NOT NULL,
	"name" text NOT NULL,
	"commune_code" text NOT NULL,
	"department_code" text NOT NULL,
	"address" text,
	"status" text NOT NULL,
	"planned_opening_on" date,
	"opened_on" date,
	"closed_on" date,
	"finess" text,
	"services" text[] DEFAULT '{}'::text[] NOT NULL,
	"priority_zone" boolean DEFAULT false NOT NULL,
	"parent_centre_id" integer,
	"opening_budget" integer,
	CONSTRAINT "centres_status_check" CHECK ("centres"."status" in ('projet', 'travaux', 'ouvert', 'suspendu', 'ferme')),
	CONSTRAINT "centres_commune_check" CHECK ("centres"."commune_code" ~ '^[0-9][0-9AB][0-9]{3}$'),
	CONSTRAINT "centres_opened_check" CHECK ("centres"."status" in ('projet','travaux') or "centres"."opened_on" is not null),
	CONSTRAINT "centres_parent_check" CHECK ("centres"."parent_centre_id" is null or "centres"."parent_centre_id" <> "centres"."id"),
	CONSTRAINT "centres_budget_check" CHECK ("centres"."opening_budget" is null or "centres"."opening_budget" >= 0)
);
--> statement-breakpoint
CREATE TABLE "hires" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "hires_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"version" integer DEFAULT 1 NOT NULL,
	"first_name" text NOT NULL,
	"last_name" text NOT NULL,
	"profession" text NOT NULL,
	"rpps" text,
	"centre_id" integer NOT NULL,
	"contract" text NOT NULL,
	"fte" double precision NOT NULL,
	"start_on" date NOT NULL,
	"end_on" date,
	"end_reason" text,
	"msu" boolean DEFAULT false NOT NULL,
	"out_of_hours" boolean DEFAULT false NOT NULL,
	"application_id" integer,
	CONSTRAINT "hires_profession_check" CHECK ("hires"."profession" in ('medecin', 'infirmier', 'sage_femme', 'secretaire')),
	CONSTRAINT "hires_contract_check" CHECK ("hires"."contract" in ('cdi', 'cdd', 'vacation')),
	CONSTRAINT "hires_fte_check" CHECK ("hires"."fte" > 0 and "hires"."fte" <= 1),
	CONSTRAINT "hires_dates_check" CHECK ("hires"."end_on" is null or "hires"."end_on" >= "hires"."start_on"),
	CONSTRAINT "hires_rpps_check" CHECK ("hires"."rpps" ~ '^[0-9]{11}$')
);
--> statement-breakpoint
CREATE TABLE "login_throttle" (
	"key" text PRIMARY KEY NOT NULL,
	"failures" integer DEFAULT 0 NOT NULL,
	"window_started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"locked_until" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "members" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "members_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"version" integer DEFAULT 1 NOT NULL,
	"name" text NOT NULL,
	"college" smallint NOT NULL,
	"kind" text NOT NULL,
	"siren" text,
	"department_code" text,
	"joined_on" date NOT NULL,
	"left_on" date,
	"status" text NOT NULL,
	"contribution" integer DEFAULT 0 NOT NULL,
	"contact_name" text,
	"contact_email" text,
	"contact_phone" text,
	CONSTRAINT "members_college_check" CHECK ("members"."college" between 1 and 4),
	CONSTRAINT "members_kind_check" CHECK ("members"."kind" in ('region', 'departement', 'commune', 'epci', 'etablissement', 'association')),
	CONSTRAINT "members_status_check" CHECK ("members"."status" in ('candidat', 'actif', 'retire')),
	CONSTRAINT "members_siren_check" CHECK ("members"."siren" ~ '^[0-9]{9}$'),
	CONSTRAINT "members_contribution_check" CHECK ("members"."contribution" >= 0)
);
--> statement-breakpoint
CREATE TABLE "positions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "positions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"version" integer DEFAULT 1 NOT NULL,
	"centre_id" integer NOT NULL,
	"profession" text NOT NULL,
	"title" text,
	"fte" double precision NOT NULL,
	"status" text NOT NULL,
	"published" boolean DEFAULT false NOT NULL,
	"opened_on" date NOT NULL,
	CONSTRAINT "positions_profession_check" CHECK ("positions"."profession" in ('medecin', 'infirmier', 'sage_femme', 'secretaire')),
	CONSTRAINT "positions_status_check" CHECK ("positions"."status" in ('ouvert', 'pourvu', 'gele')),
	CONSTRAINT "positions_fte_check" CHECK ("positions"."fte" > 0 and "positions"."fte" <= 1)
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"user_id" integer NOT NULL,
	"csrf_token" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "settings" (
	"key" text PRIMARY KEY NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"value" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "targets" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "targets_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"version" integer DEFAULT 1 NOT NULL,
	"year" integer NOT NULL,
	"professionals" integer NOT NULL,
	"centres" integer NOT NULL,
	CONSTRAINT "targets_counts_check" CHECK ("targets"."professionals" >= 0 and "targets"."centres" >= 0)
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "users_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"version" integer DEFAULT 1 NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"role" text NOT NULL,
	"member_id" integer,
	"active" boolean DEFAULT true NOT NULL,
	"password_hash" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_role_check" CHECK ("users"."role" in ('admin', 'region', 'hr', 'member')),
	CONSTRAINT "users_member_check" CHECK (("users"."role" = 'member') = ("users"."member_id" is not null))
);
--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_stages" ADD CONSTRAINT "application_stages_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_candidate_id_candidates_id_fk" FOREIGN KEY ("candidate_id") REFERENCES "public"."candidates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_position_id_positions_id_fk" FOREIGN KEY ("position_id") REFERENCES "public"."positions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_entries" ADD CONSTRAINT "audit_entries_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "centre_members" ADD CONSTRAINT "centre_members_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "centre_members" ADD CONSTRAINT "centre_members_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "centres" ADD CONSTRAINT "centres_parent_centre_id_fk" FOREIGN KEY ("parent_centre_id") REFERENCES "public"."centres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hires" ADD CONSTRAINT "hires_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hires" ADD CONSTRAINT "hires_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "positions" ADD CONSTRAINT "positions_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "activities_centre_month_unique" ON "activities" USING btree ("centre_id","month");--> statement-breakpoint
CREATE INDEX "activities_month_idx" ON "activities" USING btree ("month","id");--> statement-breakpoint
CREATE INDEX "application_stages_application_idx" ON "application_stages" USING btree ("application_id","reached_on");--> statement-breakpoint
CREATE UNIQUE INDEX "applications_candidate_position_unique" ON "applications" USING btree ("candidate_id","position_id");--> statement-breakpoint
CREATE INDEX "applications_position_idx" ON "applications" USING btree ("position_id");--> statement-breakpoint
CREATE INDEX "applications_stage_idx" ON "applications" USING btree ("stage","stage_on");--> statement-breakpoint
CREATE INDEX "applications_applied_idx" ON "applications" USING btree ("applied_on");--> statement-breakpoint
CREATE INDEX "applications_stage_on_idx" ON "applications" USING btree ("stage_on","id");--> statement-breakpoint
CREATE INDEX "audit_entries_at_idx" ON "audit_entries" USING btree ("at","id");--> statement-breakpoint
CREATE INDEX "audit_entries_user_idx" ON "audit_entries" USING btree ("user_id","at");--> statement-breakpoint
CREATE INDEX "audit_entries_resource_idx" ON "audit_entries" USING btree ("resource","record_id");--> statement-breakpoint
CREATE INDEX "audit_entries_action_idx" ON "audit_entries" USING btree ("action","at");--> statement-breakpoint
CREATE UNIQUE INDEX "candidates_email_unique" ON "candidates" USING btree ("email");--> statement-breakpoint
CREATE INDEX "candidates_last_name_idx" ON "candidates" USING btree (translate(lower("last_name"), 'ÀÁÂÃÄÅàáâãäåÇçÈÉÊËèéêëÌÍÎÏìíîïÑñÒÓÔÕÖòóôõöÙÚÛÜùúûüÝŸýÿ-''’', 'aaaaaaaaaaaacceeeeeeeeiiiiiiiinnoooooooooouuuuuuuuyyyy   '),"id");--> statement-breakpoint
CREATE INDEX "candidates_first_name_idx" ON "candidates" USING btree (translate(lower("first_name"), 'ÀÁÂÃÄÅàáâãäåÇçÈÉÊËèéêëÌÍÎÏìíîïÑñÒÓÔÕÖòóôõöÙÚÛÜùúûüÝŸýÿ-''’', 'aaaaaaaaaaaacceeeeeeeeiiiiiiiinnoooooooooouuuuuuuuyyyy   '),"id");--> statement-breakpoint
CREATE INDEX "candidates_profession_idx" ON "candidates" USING btree ("profession");--> statement-breakpoint
CREATE INDEX "candidates_source_idx" ON "candidates" USING btree ("source");--> statement-breakpoint
CREATE INDEX "candidates_consent_idx" ON "candidates" USING btree ("consent_until");--> statement-breakpoint
CREATE INDEX "candidates_created_idx" ON "candidates" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "candidates_rpps_idx" ON "candidates" USING btree ("rpps");--> statement-breakpoint
CREATE INDEX "centre_members_member_idx" ON "centre_members" USING btree ("member_id","centre_id");--> statement-breakpoint
CREATE UNIQUE INDEX "centres_finess_unique" ON "centres" USING btree ("finess");--> statement-breakpoint
CREATE INDEX "centres_name_idx" ON "centres" USING btree (translate(lower("name"), 'ÀÁÂÃÄÅàáâãäåÇçÈÉÊËèéêëÌÍÎÏìíîïÑñÒÓÔÕÖòóôõöÙÚÛÜùúûüÝŸýÿ-''’', 'aaaaaaaaaaaacceeeeeeeeiiiiiiiinnoooooooooouuuuuuuuyyyy   '),"id");--> statement-breakpoint
CREATE INDEX "centres_commune_idx" ON "centres" USING btree ("commune_code");--> statement-breakpoint
CREATE INDEX "centres_department_idx" ON "centres" USING btree ("department_code");--> statement-breakpoint
CREATE INDEX "centres_status_idx" ON "centres" USING btree ("status");--> statement-breakpoint
CREATE INDEX "centres_planned_idx" ON "centres" USING btree ("planned_opening_on");--> statement-breakpoint
CREATE INDEX "centres_opened_idx" ON "centres" USING btree ("opened_on");--> statement-breakpoint
CREATE INDEX "centres_parent_idx" ON "centres" USING btree ("parent_centre_id");--> statement-breakpoint
CREATE INDEX "hires_last_name_idx" ON "hires" USING btree (translate(lower("last_name"), 'ÀÁÂÃÄÅàáâãäåÇçÈÉÊËèéêëÌÍÎÏìíîïÑñÒÓÔÕÖòóôõöÙÚÛÜùúûüÝŸýÿ-''’', 'aaaaaaaaaaaacceeeeeeeeiiiiiiiinnoooooooooouuuuuuuuyyyy   '),"id");--> statement-breakpoint
CREATE INDEX "hires_first_name_idx" ON "hires" USING btree (translate(lower("first_name"), 'ÀÁÂÃÄÅàáâãäåÇçÈÉÊËèéêëÌÍÎÏìíîïÑñÒÓÔÕÖòóôõöÙÚÛÜùúûüÝŸýÿ-''’', 'aaaaaaaaaaaacceeeeeeeeiiiiiiiinnoooooooooouuuuuuuuyyyy   '),"id");--> statement-breakpoint
CREATE INDEX "hires_centre_idx" ON "hires" USING btree ("centre_id");--> statement-breakpoint
CREATE INDEX "hires_start_idx" ON "hires" USING btree ("start_on","id");--> statement-breakpoint
CREATE INDEX "hires_end_idx" ON "hires" USING btree ("end_on");--> statement-breakpoint
CREATE INDEX "hires_profession_idx" ON "hires" USING btree ("profession","start_on");--> statement-breakpoint
CREATE INDEX "hires_contract_idx" ON "hires" USING btree ("contract");--> statement-breakpoint
CREATE INDEX "hires_rpps_idx" ON "hires" USING btree ("rpps");--> statement-breakpoint
CREATE INDEX "hires_application_idx" ON "hires" USING btree ("application_id");--> statement-breakpoint
CREATE UNIQUE INDEX "members_siren_unique" ON "members" USING btree ("siren");--> statement-breakpoint
CREATE INDEX "members_name_idx" ON "members" USING btree (translate(lower("name"), 'ÀÁÂÃÄÅàáâãäåÇçÈÉÊËèéêëÌÍÎÏìíîïÑñÒÓÔÕÖòóôõöÙÚÛÜùúûüÝŸýÿ-''’', 'aaaaaaaaaaaacceeeeeeeeiiiiiiiinnoooooooooouuuuuuuuyyyy   '),"id");--> statement-breakpoint
CREATE INDEX "members_college_idx" ON "members" USING btree ("college");--> statement-breakpoint
CREATE INDEX "members_kind_idx" ON "members" USING btree ("kind");--> statement-breakpoint
CREATE INDEX "members_department_idx" ON "members" USING btree ("department_code");--> statement-breakpoint
CREATE INDEX "members_joined_idx" ON "members" USING btree ("joined_on");--> statement-breakpoint
CREATE INDEX "members_status_idx" ON "members" USING btree ("status");--> statement-breakpoint
CREATE INDEX "positions_centre_idx" ON "positions" USING btree ("centre_id");--> statement-breakpoint
CREATE INDEX "positions_opened_idx" ON "positions" USING btree ("opened_on","id");--> statement-breakpoint
CREATE INDEX "positions_status_idx" ON "positions" USING btree ("status","opened_on");--> statement-breakpoint
CREATE INDEX "positions_profession_idx" ON "positions" USING btree ("profession");--> statement-breakpoint
CREATE INDEX "positions_title_idx" ON "positions" USING btree (translate(lower("title"), 'ÀÁÂÃÄÅàáâãäåÇçÈÉÊËèéêëÌÍÎÏìíîïÑñÒÓÔÕÖòóôõöÙÚÛÜùúûüÝŸýÿ-''’', 'aaaaaaaaaaaacceeeeeeeeiiiiiiiinnoooooooooouuuuuuuuyyyy   '),"id");--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "sessions_expires_idx" ON "sessions" USING btree ("expires_at");--> statement-breakpoint
CREATE UNIQUE INDEX "targets_year_unique" ON "targets" USING btree ("year");--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_unique" ON "users" USING btree ("email");--> statement-breakpoint
CREATE INDEX "users_name_idx" ON "users" USING btree (translate(lower("name"), 'ÀÁÂÃÄÅàáâãäåÇçÈÉÊËèéêëÌÍÎÏìíîïÑñÒÓÔÕÖòóôõöÙÚÛÜùúûüÝŸýÿ-''’', 'aaaaaaaaaaaacceeeeeeeeiiiiiiiinnoooooooooouuuuuuuuyyyy   '),"id");--> statement-breakpoint
CREATE INDEX "users_member_idx" ON "users" USING btree ("member_id");
-- The five default e-mail templates (src/domain/mail-templates.ts, defaultTemplates), in every database:
-- written here once, from the domain's text; HR edits them afterwards (a later change of the defaults does
-- not overwrite an edited template). tests/api/emails.test.ts checks that they match the domain.
INSERT INTO "email_templates" ("event", "subject", "body") VALUES
  ($tpl$candidature_recue$tpl$, $tpl$Accusé de réception de votre candidature : {{poste}}$tpl$, $tpl$Bonjour {{prenom}} {{nom}},

Nous accusons réception de votre candidature au poste « {{poste}} » ({{centre}}, {{commune}}), reçue le {{date_candidature}}, et vous remercions de l’intérêt que vous portez au GIP Ma santé, Ma Région.

Votre dossier va être étudié avec attention. Nous reviendrons vers vous dans les meilleurs délais pour vous informer de la suite donnée à votre candidature.

Nous vous prions d’agréer l’expression de nos salutations distinguées.

L’équipe recrutement — GIP Ma santé, Ma Région$tpl$),
  ($tpl$invitation_entretien$tpl$, $tpl$Invitation à un entretien : {{poste}}$tpl$, $tpl$Bonjour {{prenom}} {{nom}},

Nous avons le plaisir de vous inviter à un entretien pour le poste « {{poste}} » ({{centre}}, {{commune}}).

Date : {{date_entretien}}
Heure : {{heure_entretien}}
Lieu : {{lieu_entretien}}

Vous trouverez en pièce jointe l’invitation à ajouter à votre agenda. Si ce rendez-vous ne vous convient pas, merci de nous le faire savoir en répondant à ce message afin que nous convenions d’une autre date.

Nous vous prions d’agréer l’expression de nos salutations distinguées.

L’équipe recrutement — GIP Ma santé, Ma Région$tpl$),
  ($tpl$offre$tpl$, $tpl$Proposition de poste : {{poste}}$tpl$, $tpl$Bonjour {{prenom}} {{nom}},

À l’issue de notre processus de recrutement, nous avons le plaisir de vous proposer le poste « {{poste}} » ({{centre}}, {{commune}}).

Les conditions de cette proposition (date de prise de fonctions, temps de travail, rémunération) vous seront précisées par notre équipe. Nous vous remercions de bien vouloir nous faire part de votre réponse en répondant à ce message.

Nous restons à votre disposition pour toute question. Nous vous prions d’agréer l’expression de nos salutations distinguées.

L’équipe recrutement — GIP Ma santé, Ma Région$tpl$),
  ($tpl$refus$tpl$, $tpl$Votre candidature : {{poste}}$tpl$, $tpl$Bonjour {{prenom}} {{nom}},

Nous vous remercions de l’intérêt que vous avez porté au GIP Ma santé, Ma Région et de votre candidature au poste « {{poste}} » ({{centre}}, {{commune}}), reçue le {{date_candidature}}.

Après un examen attentif de votre dossier, nous sommes au regret de vous informer que nous ne pouvons pas y donner une suite favorable.

Cette décision ne remet pas en cause la qualité de votre parcours. Nos autres offres d’emploi pourraient correspondre à votre profil : n’hésitez pas à les consulter.

Nous vous souhaitons une pleine réussite dans vos projets professionnels. Nous vous prions d’agréer l’expression de nos salutations distinguées.

L’équipe recrutement — GIP Ma santé, Ma Région$tpl$),
  ($tpl$retrait$tpl$, $tpl$Confirmation du retrait de votre candidature : {{poste}}$tpl$, $tpl$Bonjour {{prenom}} {{nom}},

Nous prenons acte du retrait de votre candidature au poste « {{poste}} » ({{centre}}, {{commune}}) et vous en confirmons la bonne prise en compte.

Nous vous remercions de l’intérêt que vous avez porté au GIP Ma santé, Ma Région. Nous serons heureux d’étudier une future candidature de votre part.

Nous vous prions d’agréer l’expression de nos salutations distinguées.

L’équipe recrutement — GIP Ma santé, Ma Région$tpl$)
ON CONFLICT ("event") DO NOTHING;

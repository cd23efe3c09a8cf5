import englishMessages from 'ra-language-english';
import type { TranslationMessages } from 'react-admin';
import type { AppMessages } from './app-messages';
import type { EnumMessages, ResourcesMessages } from './domain-messages';
import { networkEn } from './network-messages';
import { dashboardEn } from './dashboard-messages';
import { formsEn } from './forms-messages';
import { mailEn } from './mail-messages';
import { recruitmentEn } from './recruitment-messages';

/**
 * English. Every resource and every enumeration of the domain must be listed (type-checked);
 * tests/app/i18n.test.tsx checks that every field of every description has its English label.
 */
const resources: ResourcesMessages = {
  members: {
    name: 'Member |||| Members',
    fields: {
      id: 'No.',
      name: 'Name',
      college: 'College',
      kind: 'Type',
      siren: 'SIREN',
      departmentCode: 'Department',
      joinedOn: 'Joined',
      leftOn: 'Left',
      status: 'Status',
      contribution: 'Annual contribution (€)',
      contactName: 'Contact',
      contactEmail: 'Contact e-mail',
      contactPhone: 'Contact phone',
      version: 'Version',
    },
  },
  centres: {
    name: 'Health centre |||| Health centres',
    fields: {
      id: 'No.',
      name: 'Name',
      communeCode: 'Commune (INSEE)',
      departmentCode: 'Department',
      address: 'Address',
      status: 'Status',
      plannedOpeningOn: 'Planned opening',
      openedOn: 'Opened',
      closedOn: 'Closed',
      finess: 'FINESS',
      memberIds: 'Backing members',
      services: 'Services',
      priorityZone: 'Priority zone',
      parentCentreId: 'Main centre (satellite of)',
      openingBudget: 'Opening budget (€)',
      version: 'Version',
    },
  },
  positions: {
    name: 'Position |||| Positions',
    fields: {
      id: 'No.',
      centreId: 'Centre',
      profession: 'Profession',
      title: 'Title',
      fte: 'FTE',
      status: 'Status',
      published: 'Job offer published',
      openedOn: 'Opened on',
      label: 'Position',
      version: 'Version',
    },
  },
  candidates: {
    name: 'Candidate |||| Candidates',
    fields: {
      id: 'No.',
      lastName: 'Last name',
      firstName: 'First name',
      email: 'E-mail',
      phone: 'Phone',
      profession: 'Profession',
      rpps: 'RPPS',
      source: 'Source',
      consentUntil: 'Kept until',
      notes: 'Notes',
      createdAt: 'Created',
      version: 'Version',
    },
  },
  applications: {
    name: 'Application |||| Applications',
    fields: {
      id: 'No.',
      candidateId: 'Candidate',
      positionId: 'Position',
      stage: 'Stage',
      appliedOn: 'Received on',
      stageOn: 'Stage reached on',
      stageHistory: 'History',
      version: 'Version',
    },
  },
  hires: {
    name: 'Employee |||| Employees',
    fields: {
      id: 'No.',
      lastName: 'Last name',
      firstName: 'First name',
      profession: 'Profession',
      rpps: 'RPPS',
      centreId: 'Centre',
      contract: 'Contract',
      fte: 'FTE',
      startOn: 'Start',
      endOn: 'End',
      endReason: 'Reason for leaving',
      msu: 'Training supervisor (MSU)',
      outOfHours: 'Out-of-hours rota',
      applicationId: 'Application',
      version: 'Version',
    },
  },
  activities: {
    name: 'Monthly activity |||| Activity',
    fields: {
      id: 'No.',
      centreId: 'Centre',
      month: 'Month',
      scheduled: 'Scheduled consultations',
      unscheduled: 'Unscheduled consultations',
      homeVisits: 'Home visits',
      outOfHoursShifts: 'Out-of-hours shifts',
      newReferringPatients: 'Patients who found a regular doctor',
      version: 'Version',
    },
  },
  targets: {
    name: 'Target |||| Targets',
    fields: { id: 'No.', year: 'Year', professionals: 'Professionals recruited', centres: 'Centres opened', version: 'Version' },
  },
  users: {
    name: 'User |||| Users',
    fields: { id: 'No.', email: 'E-mail', name: 'Name', role: 'Role', memberId: 'Member', active: 'Active', password: 'New password', version: 'Version' },
  },
  audit: {
    name: 'Audit entry |||| Audit log',
    fields: {
      id: 'No.',
      at: 'Date',
      userId: 'User',
      action: 'Action',
      resource: 'Resource',
      recordId: 'Record',
      before: 'Before',
      after: 'After',
      userName: 'User name',
      recordLabel: 'Record name',
      withheld: 'Content withheld',
    },
  },
  emails: {
    name: 'E-mail |||| E-mails',
    fields: {
      id: 'No.',
      to: 'Recipient',
      subject: 'Subject',
      body: 'Message',
      candidateId: 'Candidate',
      applicationId: 'Application',
      event: 'Event',
      attachments: 'Attachments',
      status: 'Status',
      attempts: 'Attempts',
      lastError: 'Last error',
      nextAttemptAt: 'Next attempt',
      sentAt: 'Sent on',
      createdAt: 'Created on',
      delivery: 'Delivery',
      version: 'Version',
    },
  },
  'email-templates': {
    name: 'E-mail template |||| E-mail templates',
    fields: { id: 'No.', event: 'Event', subject: 'Subject', body: 'Message', updatedAt: 'Modified on', version: 'Version' },
  },
};

const enums: EnumMessages = {
  roles: { admin: 'Administrator', region: 'Region', hr: 'Human resources', member: 'Member' },
  colleges: {
    1: 'College 1 — Région Occitanie',
    2: 'College 2 — Departments',
    3: 'College 3 — Communes and intercommunalities',
    4: 'College 4 — Partner organisations',
  },
  memberKinds: {
    region: 'Region',
    departement: 'Department',
    commune: 'Commune',
    epci: 'Intercommunality (EPCI)',
    etablissement: 'Institution',
    association: 'Association',
  },
  memberStatuses: { candidat: 'Joining', actif: 'Active member', retire: 'Withdrawn' },
  centreStatuses: { projet: 'Project', travaux: 'Works', ouvert: 'Open', suspendu: 'Suspended', ferme: 'Closed' },
  services: {
    programmes: 'Scheduled care',
    non_programmes: 'Unscheduled care',
    visites: 'Home visits',
    permanence: 'Out-of-hours care',
    msu: 'Interns welcome (MSU)',
  },
  professions: { medecin: 'General practitioner', infirmier: 'Nurse', sage_femme: 'Midwife', secretaire: 'Medical secretary' },
  positionStatuses: { ouvert: 'Open', pourvu: 'Filled', gele: 'Frozen' },
  documentKinds: { cv: 'CV', lettre: 'Cover letter', diplome: 'Diploma', autre: 'Other' },
  emailEvents: {
    candidature_recue: 'Application received',
    invitation_entretien: 'Interview invitation',
    offre: 'Job offer',
    refus: 'Unsuccessful application',
    retrait: 'Withdrawal confirmed',
  },
  emailStatuses: { en_attente: 'Waiting', envoye: 'Sent', echec: 'Failed' },
  candidateSources: {
    forum: 'Forum, fair',
    faculte: 'Faculty of medicine',
    site: 'Web site',
    bouche_a_oreille: 'Word of mouth',
    reseaux: 'Social networks',
    candidature_spontanee: 'Unsolicited application',
    autre: 'Other',
  },
  stages: {
    recue: 'Received',
    preselection: 'Shortlisted',
    entretien: 'Interview',
    offre: 'Offer',
    acceptee: 'Accepted',
    refusee: 'Declined',
    retiree: 'Withdrawn',
  },
  contracts: { cdi: 'Permanent (CDI)', cdd: 'Fixed-term (CDD)', vacation: 'Sessional' },
  hireSituations: { active: 'In post', upcoming: 'Upcoming', ended: 'Contract ended' },
  auditActions: {
    create: 'Created',
    update: 'Updated',
    delete: 'Deleted',
    login: 'Signed in',
    login_failed: 'Failed sign-in',
    logout: 'Signed out',
    denied: 'Access denied',
  },
};

const app: AppMessages = {
  network: networkEn,
  recruitment: recruitmentEn,
  dashboard: dashboardEn,
  forms: formsEn,
  mail: mailEn,
  demo: {
    chip: 'Demonstration data',
    short: 'Demo',
    explanation:
      'Fictitious persons; organisations, communes and dates from what the GIP has made public. Changes are not kept.',
  },
  members: { backedCentres: 'Centres backed' },
  errors: {
    network: 'The server does not answer: check the connection, then try again.',
    server: 'The server met an error. Try again in a moment.',
    request: 'The server refused the request.',
  },
  centres: { antennes: 'Satellite sites' },
  auth: {
    title: 'Sign in to Maillage',
    subtitle: 'Steering of the GIP « Ma santé, Ma Région »',
    email: 'E-mail address',
    password: 'Password',
    signIn: 'Sign in',
    demoAccounts: 'Demonstration accounts (password « maillage-demo »):',
    failed: 'Sign-in failed',
  },
};

/** « Sign out », the counterpart of « Sign in » (react-admin says « Logout »). */
const ra: TranslationMessages['ra'] = {
  ...englishMessages.ra,
  auth: { ...englishMessages.ra.auth, logout: 'Sign out', user_menu: 'My account' },
};

export const en: TranslationMessages = { ...englishMessages, ra, resources, maillage: { ...app, enums } };

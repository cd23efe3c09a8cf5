import { z } from 'zod';
import { ALL, defineResource, policy, READ } from '../resource';
import { count, id, isoMonth } from '../schemas';

export const activitySchema = z.object({
  centreId: id,
  month: isoMonth,
  scheduled: count,
  unscheduled: count,
  homeVisits: count,
  outOfHoursShifts: count,
  newReferringPatients: count,
});

export const activities = defineResource({
  name: 'activities',
  label: { one: 'Activité mensuelle', many: 'Activité' },
  fields: {
    id: { label: 'N°', kind: 'id', sortable: true, filter: 'eq' },
    centreId: { label: 'Centre', kind: 'reference', reference: 'centres', sortable: true, filter: 'eq' },
    month: { label: 'Mois', kind: 'month', sortable: true, filter: 'range' },
    scheduled: { label: 'Consultations programmées', kind: 'integer', sortable: true, filter: 'range' },
    unscheduled: { label: 'Consultations non programmées', kind: 'integer', sortable: true, filter: 'range' },
    homeVisits: { label: 'Visites à domicile', kind: 'integer', sortable: true, filter: 'range' },
    outOfHoursShifts: { label: 'Gardes de permanence', kind: 'integer', sortable: true, filter: 'range' },
    newReferringPatients: { label: 'Patients ayant trouvé un médecin traitant', kind: 'integer', sortable: true, filter: 'range' },
    version: { label: 'Version', kind: 'integer', readOnly: true },
  },
  schema: activitySchema,
  defaultSort: ['month', 'DESC'],
  representation: ['month'],
  policy: policy({ admin: ALL, region: ALL, hr: READ, member: { read: 'scoped' } }),
});

import PersonAddIcon from '@mui/icons-material/PersonAdd';
import { Link } from 'react-router-dom';
import { Button, useCanAccess, useGetManyAggregate, useRecordContext, type RaRecord } from 'react-admin';

interface Props {
  application: RaRecord;
  candidate?: RaRecord;
  position?: RaRecord;
}

/**
 * « Créer le recrutement », on an accepted application: opens the hire form filled with the
 * candidate's names, profession and RPPS, the position's centre and FTE, and the application's id
 * (react-admin reads `state.record` as the form's initial values). A plain link-button: react-admin's
 * CreateButton turns into a floating button on small screens, one per card.
 */
export function CreateHireButton({ application, candidate, position }: Props) {
  const { canAccess } = useCanAccess({ resource: 'hires', action: 'create' });
  if (application.stage !== 'acceptee' || !candidate || !position || !canAccess) return null;
  const record = {
    firstName: candidate.firstName,
    lastName: candidate.lastName,
    profession: candidate.profession,
    rpps: candidate.rpps ?? null,
    centreId: position.centreId,
    fte: position.fte,
    applicationId: application.id,
  };
  return (
    <Button
      component={Link}
      to="/hires/create"
      state={{ record }}
      label="maillage.recruitment.applications.createHire"
      variant="outlined"
      size="small"
      onClick={(e: React.MouseEvent) => e.stopPropagation()}
    >
      <PersonAddIcon />
    </Button>
  );
}

/** The same, for the application in the record context (list rows, show page): fetches the candidate
 * and position of accepted applications only, aggregated into one request per resource. */
export function CreateHireFromRecord() {
  const application = useRecordContext();
  const accepted = application?.stage === 'acceptee';
  const { data: candidates } = useGetManyAggregate('candidates', { ids: [application?.candidateId] }, { enabled: accepted });
  const { data: positions } = useGetManyAggregate('positions', { ids: [application?.positionId] }, { enabled: accepted });
  if (!application || !accepted) return null;
  return <CreateHireButton application={application} candidate={candidates?.[0]} position={positions?.[0]} />;
}

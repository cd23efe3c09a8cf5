import PersonAddIcon from '@mui/icons-material/PersonAdd';
import { CreateButton, useGetOne, useRecordContext, type RaRecord } from 'react-admin';

interface Props {
  application?: RaRecord;
  /** Given by the board, which has them already; fetched otherwise. */
  candidate?: RaRecord;
  position?: RaRecord;
}

/**
 * « Créer le recrutement », on an accepted application: opens the hire form filled with the
 * candidate's names, profession and RPPS, the position's centre and FTE, and the application's id.
 */
export function CreateHireButton(props: Props) {
  const context = useRecordContext();
  const application = props.application ?? context;
  const accepted = application?.stage === 'acceptee';
  const { data: fetchedCandidate } = useGetOne('candidates', { id: application?.candidateId }, { enabled: accepted && !props.candidate });
  const { data: fetchedPosition } = useGetOne('positions', { id: application?.positionId }, { enabled: accepted && !props.position });
  const candidate = props.candidate ?? fetchedCandidate;
  const position = props.position ?? fetchedPosition;
  if (!application || !accepted || !candidate || !position) return null;
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
    <CreateButton
      resource="hires"
      state={{ record }}
      label="maillage.recruitment.applications.createHire"
      icon={<PersonAddIcon />}
      variant="outlined"
      size="small"
      onClick={(e: React.MouseEvent) => e.stopPropagation()}
    />
  );
}

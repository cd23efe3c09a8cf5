import { Alert, Box, Paper, Table, TableBody, TableCell, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';
import type { EmailEvent } from '../../../domain/enums';
import { interviewVariables, renderTemplate, sampleValues, templateProblem, templateVariables, variablesOf } from '../../../domain/mail-templates';

/** The variables a template may use, with what each stands for (the domain's French descriptions). */
export function VariablesHelp({ event }: { event: EmailEvent }) {
  const translate = useTranslate();
  const usable = variablesOf(event);
  return (
    <Box component="section" aria-labelledby="template-variables">
      <Typography id="template-variables" component="h2" variant="subtitle1" sx={{ fontWeight: 600 }}>
        {translate('maillage.mail.templates.variables')}
      </Typography>
      <Typography variant="body2" color="text.secondary" gutterBottom>
        {translate('maillage.mail.templates.variablesHelp')}
        {event !== 'invitation_entretien' ? ` ${translate('maillage.mail.templates.interviewOnly')}` : ''}
      </Typography>
      <Table size="small">
        <TableBody>
          {templateVariables
            .filter((v) => usable.includes(v.name) || !interviewVariables.includes(v.name))
            .map((v) => (
              <TableRow key={v.name}>
                <TableCell component="th" scope="row" sx={{ whiteSpace: 'nowrap', fontFamily: 'monospace' }}>{`{{${v.name}}}`}</TableCell>
                <TableCell>{v.description}</TableCell>
              </TableRow>
            ))}
        </TableBody>
      </Table>
    </Box>
  );
}

/**
 * What the message will look like, as the user types: the subject and body rendered with sample values
 * (« Camille Martin », « Médecin généraliste »…); a variable that does not exist or does not suit the
 * event is said instead of a preview.
 */
export function TemplatePreview({ event }: { event: EmailEvent }) {
  const translate = useTranslate();
  const subject = String(useWatch({ name: 'subject' }) ?? '');
  const body = String(useWatch({ name: 'body' }) ?? '');
  const problem = templateProblem(subject, event) ?? templateProblem(body, event);
  return (
    <Box component="section" aria-labelledby="template-preview" aria-live="polite">
      <Typography id="template-preview" component="h2" variant="subtitle1" sx={{ fontWeight: 600, mb: 1 }}>
        {translate('maillage.mail.templates.preview')}
      </Typography>
      {problem ? (
        <Alert severity="warning">{translate('maillage.mail.templates.previewProblem', { problem })}</Alert>
      ) : (
        <Paper variant="outlined" sx={{ p: 2 }}>
          <Typography component="p" variant="subtitle2" gutterBottom>
            {translate('maillage.mail.templates.previewSubject', { subject: renderTemplate(subject, sampleValues) })}
          </Typography>
          <Typography component="pre" variant="body2" sx={{ whiteSpace: 'pre-wrap', fontFamily: 'inherit', m: 0 }} data-testid="template-preview-body">
            {renderTemplate(body, sampleValues)}
          </Typography>
        </Paper>
      )}
    </Box>
  );
}

import { Box, Card, CardContent, Stack, Typography } from '@mui/material';
import {
  Form,
  PasswordInput,
  SaveButton,
  Title,
  useGetIdentity,
  useGetOne,
  useNotify,
  useTranslate,
} from 'react-admin';
import { useState } from 'react';
import { roles } from '../../domain/enums';
import { newPassword } from '../../domain/resources/users';
import type { FieldErrors } from '../forms';

/** A caption above a value (the identity card). */
function Item({ label, value }: { label: string; value: string }) {
  const translate = useTranslate();
  return (
    <div>
      <Typography variant="caption" color="text.secondary" component="div">
        {translate(label)}
      </Typography>
      <Typography variant="body1">{value}</Typography>
    </div>
  );
}

interface PasswordValues {
  currentPassword?: string;
  newPassword?: string;
  confirmPassword?: string;
}

/** The same rule as the server's (12 characters at least), and the two entries alike. */
function validate(values: PasswordValues): FieldErrors {
  const errors: FieldErrors = {};
  if (!values.currentPassword) errors.currentPassword = 'ra.validation.required';
  const checked = newPassword.safeParse(values.newPassword ?? '');
  if (!checked.success) errors.newPassword = checked.error.issues[0].message;
  if (values.confirmPassword !== values.newPassword) errors.confirmPassword = 'maillage.network.account.mismatch';
  return errors;
}

function PasswordFields() {
  return (
    <Stack sx={{ maxWidth: 420 }}>
      <PasswordInput source="currentPassword" label="maillage.network.account.currentPassword" autoComplete="current-password" />
      <PasswordInput
        source="newPassword"
        label="maillage.network.account.newPassword"
        autoComplete="new-password"
        helperText="maillage.network.account.newPasswordHelp"
      />
      <PasswordInput source="confirmPassword" label="maillage.network.account.confirmPassword" autoComplete="new-password" />
    </Stack>
  );
}

/**
 * « Mon compte »: who is signed in, and a change of password (POST /api/auth/password, with the
 * session's CSRF token). The server checks the current password; its refusals (400 `errors`) are
 * shown on the fields. Other sessions of the account are closed by the server.
 */
export function AccountPage() {
  const translate = useTranslate();
  const notify = useNotify();
  const { identity } = useGetIdentity();
  const memberId = identity?.memberId as number | null | undefined;
  const { data: member } = useGetOne('members', { id: memberId! }, { enabled: !!memberId });
  // A new form (empty fields) once the password is changed.
  const [round, setRound] = useState(0);

  const submit = async (values: PasswordValues) => {
    const response = await fetch('/api/auth/password', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', 'x-csrf-token': String(identity?.csrfToken ?? '') },
      body: JSON.stringify({ currentPassword: values.currentPassword, newPassword: values.newPassword }),
    }).catch(() => undefined);
    // No answer at all: said in French rather than left as an unhandled « Failed to fetch ».
    if (!response) {
      notify('maillage.errors.network', { type: 'error' });
      return undefined;
    }
    const body = await response.json().catch(() => ({}));
    if (response.ok) {
      notify('maillage.network.account.changed', { type: 'success' });
      setRound((r) => r + 1);
      return undefined;
    }
    if (body.errors) return body.errors as FieldErrors;
    notify(body.message ?? 'ra.notification.http_error', { type: 'error' });
    return undefined;
  };

  return (
    <Box sx={{ mt: 2 }}>
      <Title title="maillage.network.account.title" />
      <Stack spacing={2} sx={{ maxWidth: 720 }}>
        <Card>
          <CardContent>
            <Typography component="h2" variant="h6" gutterBottom>
              {translate('maillage.network.account.identity')}
            </Typography>
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={4} useFlexGap flexWrap="wrap">
              <Item label="maillage.network.account.name" value={identity?.fullName ?? ''} />
              <Item label="maillage.network.account.email" value={String(identity?.email ?? '')} />
              <Item label="maillage.network.account.role" value={identity?.role ? translate(`maillage.enums.roles.${identity.role}`, { _: roles.label(identity.role as never) }) : ''} />
              {memberId ? (
                <Item label="maillage.network.account.member" value={member?.name ?? `n° ${memberId}`} />
              ) : null}
            </Stack>
          </CardContent>
        </Card>
        <Card>
          <CardContent>
            <Typography component="h2" variant="h6" gutterBottom>
              {translate('maillage.network.account.changePassword')}
            </Typography>
            <Form key={round} onSubmit={submit} validate={validate} mode="onChange" reValidateMode="onChange">
              <PasswordFields />
              <Box sx={{ mt: 1 }}>
                <SaveButton label="maillage.network.account.submit" />
              </Box>
            </Form>
          </CardContent>
        </Card>
      </Stack>
    </Box>
  );
}

import { Box, Card, CardContent, List, ListItem, Typography } from '@mui/material';
import { Form, PasswordInput, required, SaveButton, TextInput, useLogin, useNotify, useTranslate } from 'react-admin';
import { demoAccounts } from '../../domain/demo';
import { roles } from '../../domain/enums';

/** The French sign-in page: e-mail and password, and the demonstration accounts to try. */
export function LoginPage() {
  const login = useLogin();
  const notify = useNotify();
  const translate = useTranslate();
  const submit = (values: Record<string, unknown>) =>
    login({ email: values.email, password: values.password }).catch((error: Error) =>
      notify(error.message || translate('maillage.auth.failed'), { type: 'error' }),
    );
  return (
    <Box component="main" sx={{ minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center', bgcolor: 'background.default', p: 2 }}>
      <Card sx={{ width: '100%', maxWidth: 440 }}>
        <CardContent>
          <Typography component="h1" variant="h5" gutterBottom>
            {translate('maillage.auth.title')}
          </Typography>
          <Typography color="text.secondary" gutterBottom>
            {translate('maillage.auth.subtitle')}
          </Typography>
          <Form onSubmit={submit}>
            <TextInput source="email" type="email" label="maillage.auth.email" autoComplete="username" validate={required()} fullWidth autoFocus />
            <PasswordInput source="password" label="maillage.auth.password" autoComplete="current-password" validate={required()} fullWidth />
            <SaveButton label="maillage.auth.signIn" icon={<span />} fullWidth alwaysEnable />
          </Form>
          <Typography variant="body2" sx={{ mt: 3 }}>
            {translate('maillage.auth.demoAccounts')}
          </Typography>
          <List dense disablePadding>
            {demoAccounts.map((a) => (
              <ListItem key={a.email} disableGutters>
                <Typography variant="body2">
                  <code>{a.email}</code> — {roles.label(a.role)}
                  {a.memberName ? ` (${a.memberName})` : ''}
                </Typography>
              </ListItem>
            ))}
          </List>
        </CardContent>
      </Card>
    </Box>
  );
}

import { Alert, AlertTitle } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useDataProvider, useTranslate } from 'react-admin';
import type { MaillageDataProvider } from '../../dataProvider';

/** Whether the server sends its outbox (GET /api/emails/status), shared by the outbox's screens and the refusal dialog. */
export function useEmailStatus() {
  const dataProvider = useDataProvider<MaillageDataProvider>();
  return useQuery({ queryKey: ['emails', 'status'], queryFn: () => dataProvider.emailStatus(), staleTime: 60_000 });
}

/**
 * Above the outbox: « Non envoyé : aucun serveur SMTP configuré » when the server has no SMTP_URL (the
 * embedded default), so that nobody believes a waiting message reached its candidate.
 */
export function SmtpNotice() {
  const translate = useTranslate();
  const { data } = useEmailStatus();
  if (!data) return null;
  if (data.smtpConfigured)
    return (
      <Alert severity="info" sx={{ mt: 2 }}>
        {translate('maillage.mail.outbox.smtp')}
      </Alert>
    );
  return (
    <Alert severity="warning" sx={{ mt: 2 }} role="status">
      <AlertTitle>{translate('maillage.mail.outbox.noSmtp')}</AlertTitle>
      {translate('maillage.mail.outbox.noSmtpDetail')}
    </Alert>
  );
}

import DownloadIcon from '@mui/icons-material/FileDownload';
import { Menu, MenuItem } from '@mui/material';
import { useId, useState, type MouseEvent } from 'react';
import { Button, useDataProvider, useNotify, useRecordContext, useTranslate } from 'react-admin';
import { downloadBlob } from '../../dashboard/format';
import type { MaillageDataProvider } from '../../dataProvider';

/**
 * « Exporter ses données » (right of access, GDPR art. 15): the printable French page in a new tab, or
 * the JSON file downloaded as `donnees-candidat-<id>.json`. Both are fetched through the data provider,
 * like documents' downloads (the session's cookie, or the demo's token, which a plain link would not
 * carry), then handed to the browser as a blob. The tab is opened on the click itself (a window opened
 * after the request would be a blocked pop-up) and given the page once it has arrived.
 */
export function ExportDataButton() {
  const record = useRecordContext();
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<MaillageDataProvider>();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [busy, setBusy] = useState(false);
  const menuId = useId();
  if (!record) return null;
  const name = `${record.firstName ?? ''} ${record.lastName ?? ''}`.trim();

  const run = async (format: 'json' | 'html') => {
    setAnchor(null);
    const tab = format === 'html' ? window.open('', '_blank') : null;
    setBusy(true);
    try {
      const blob = await dataProvider.getCandidateExport(record.id, format);
      if (format === 'json') downloadBlob(`donnees-candidat-${record.id}.json`, blob);
      else {
        const url = URL.createObjectURL(new Blob([blob], { type: 'text/html;charset=utf-8' }));
        if (tab) tab.location.href = url;
        else window.open(url, '_blank');
        // Kept a minute: the tab reads it once it has loaded.
        setTimeout(() => URL.revokeObjectURL(url), 60_000);
      }
    } catch (error) {
      tab?.close();
      notify('maillage.recruitment.candidates.exportFailed', { type: 'error', messageArgs: { message: error instanceof Error ? error.message : '' } });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button
        label="maillage.recruitment.candidates.exportData"
        // The accessible name starts with the visible text (WCAG 2.5.3, axe label-content-name-mismatch).
        aria-label={translate('maillage.recruitment.candidates.exportDataOf', { name })}
        aria-haspopup="menu"
        aria-expanded={anchor ? 'true' : 'false'}
        aria-controls={anchor ? menuId : undefined}
        aria-busy={busy || undefined}
        onClick={(event: MouseEvent<HTMLElement>) => setAnchor(event.currentTarget)}
      >
        <DownloadIcon />
      </Button>
      <Menu id={menuId} anchorEl={anchor} open={!!anchor} onClose={() => setAnchor(null)}>
        <MenuItem onClick={() => void run('html')}>{translate('maillage.recruitment.candidates.exportPage')}</MenuItem>
        <MenuItem onClick={() => void run('json')}>{translate('maillage.recruitment.candidates.exportJson')}</MenuItem>
      </Menu>
    </>
  );
}

import { Alert, Box, Button, Card, CardContent, Skeleton, Stack, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import TableChartIcon from '@mui/icons-material/TableChart';
import BarChartIcon from '@mui/icons-material/BarChart';
import { visuallyHidden } from '@mui/utils';
import { Suspense, useId, useState, type ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import { downloadCsv, slug, toCsv, useFormatters, type Column } from './format';

export interface ChartCardProps<Row> {
  title: string;
  /** One sentence saying what the chart shows (read by screen readers in place of the drawing). */
  summary?: ReactNode;
  /** The same sentence as text, for the drawing's accessible name (defaults to `summary` when a string). */
  summaryText?: string;
  columns: readonly Column<Row>[];
  rows: readonly Row[] | undefined;
  loading?: boolean;
  error?: unknown;
  /** No data worth a chart (the table and CSV stay available when there are rows). */
  empty?: boolean;
  /** What sits under the summary (rates, notes). */
  extra?: ReactNode;
  /** Controls next to the buttons (an indicator picker…). */
  controls?: ReactNode;
  /** Height of the drawing area. */
  height?: number;
  /** The drawing has its own controls (the map's buttons): not wrapped as one image. */
  interactive?: boolean;
  /** Tables only (no drawing): the toggle is not offered. */
  tableOnly?: boolean;
  /** The drawing; lazily loaded components are fine (a Suspense boundary waits for them). */
  children?: ReactNode;
}

/**
 * « Chiffres indisponibles : … » with the error's message, translated when it is a key (the
 * dataProvider's `maillage.errors.server` for a 500 the server did not explain), as is otherwise (the
 * server's own French message).
 */
export function useErrorText() {
  const translate = useTranslate();
  return (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    return translate('maillage.dashboard.error', { message: translate(message, { _: message }) });
  };
}

/**
 * A dashboard card: a heading, a one-sentence summary, the chart (or its data as a table, on request)
 * and a CSV export of the same data. Loading, error and empty states are said in words.
 */
export function ChartCard<Row>(props: ChartCardProps<Row>) {
  const { title, summary, columns, rows, loading, error, empty, extra, controls, height = 300, interactive, tableOnly, children } = props;
  const translate = useTranslate();
  const errorText = useErrorText();
  const { locale } = useFormatters();
  const [asTable, setAsTable] = useState(false);
  const id = useId();
  const summaryText = props.summaryText ?? (typeof summary === 'string' ? summary : undefined);
  const showTable = tableOnly || asTable;
  const ready = !loading && !error && rows !== undefined;

  let body: ReactNode;
  if (loading) {
    body = (
      <Box role="status" aria-live="polite">
        <Typography variant="body2" sx={visuallyHidden}>
          {translate('maillage.dashboard.loading')}
        </Typography>
        <Skeleton variant="rectangular" height={height} aria-hidden />
      </Box>
    );
  } else if (error) {
    body = <Alert severity="error">{errorText(error)}</Alert>;
  } else if (empty || !rows?.length) {
    body = <Typography color="text.secondary">{translate('maillage.dashboard.empty')}</Typography>;
  } else if (showTable) {
    body = <DataTable title={title} columns={columns} rows={rows} />;
  } else {
    body = (
      <Box
        role={interactive ? undefined : 'img'}
        aria-label={interactive ? undefined : summaryText ? `${title}. ${summaryText}` : title}
        sx={{ width: '100%', minHeight: height }}
      >
        <Suspense fallback={<Skeleton variant="rectangular" height={height} aria-hidden />}>{children}</Suspense>
      </Box>
    );
  }

  return (
    <Card component="section" aria-labelledby={id} variant="outlined" sx={{ height: '100%' }}>
      <CardContent>
        <Stack direction="row" sx={{ alignItems: 'flex-start', justifyContent: 'space-between', gap: 1, flexWrap: 'wrap' }}>
          <Typography id={id} component="h2" variant="h6">
            {title}
          </Typography>
          {ready && rows.length ? (
            <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap', alignItems: 'center' }}>
              {controls}
              {!tableOnly && !empty ? (
                <Button
                  size="small"
                  variant="outlined"
                  aria-pressed={asTable}
                  aria-label={translate(asTable ? 'maillage.dashboard.actions.chartLabel' : 'maillage.dashboard.actions.tableLabel', { title })}
                  startIcon={asTable ? <BarChartIcon /> : <TableChartIcon />}
                  onClick={() => setAsTable((v) => !v)}
                >
                  {translate(asTable ? 'maillage.dashboard.actions.showChart' : 'maillage.dashboard.actions.showTable')}
                </Button>
              ) : null}
              <Button
                size="small"
                variant="outlined"
                startIcon={<DownloadIcon />}
                aria-label={translate('maillage.dashboard.actions.exportLabel', { title })}
                onClick={() => downloadCsv(`${slug(title)}.csv`, toCsv(columns, rows, locale))}
              >
                {translate('maillage.dashboard.actions.exportCsv')}
              </Button>
            </Stack>
          ) : null}
        </Stack>
        {summary && ready ? (
          <Typography variant="body2" sx={{ mt: 1 }} data-testid="chart-summary">
            {summary}
          </Typography>
        ) : null}
        {ready && extra ? <Box sx={{ mt: 1 }}>{extra}</Box> : null}
        <Box sx={{ mt: 2 }}>{body}</Box>
      </CardContent>
    </Card>
  );
}

/** The chart's data, with the chart's title as caption. */
export function DataTable<Row>({ title, columns, rows }: { title: string; columns: readonly Column<Row>[]; rows: readonly Row[] }) {
  return (
    <TableContainer sx={{ maxHeight: 420 }} tabIndex={0} aria-label={title}>
      <Table size="small" stickyHeader>
        <Box component="caption" sx={visuallyHidden}>
          {title}
        </Box>
        <TableHead>
          <TableRow>
            {columns.map((c) => (
              <TableCell key={c.key} scope="col" align={c.numeric ? 'right' : 'left'} sx={{ fontWeight: 600 }}>
                {c.header}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row, i) => (
            <TableRow key={i}>
              {columns.map((c, j) => (
                <TableCell key={c.key} align={c.numeric ? 'right' : 'left'} component={j === 0 ? 'th' : 'td'} scope={j === 0 ? 'row' : undefined}>
                  {c.cell(row)}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}

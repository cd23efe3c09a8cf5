import { Box, Card, CardContent, LinearProgress, Typography } from '@mui/material';
import { useId, type ReactNode } from 'react';

export interface KpiCardProps {
  title: string;
  /** The headline figure, formatted. */
  value: string;
  /** « / 200 », shown after the figure. */
  of?: string;
  detail?: ReactNode;
  /** Progress toward the target, 0–1 (drawn as a bar, also said in `progressLabel`). */
  progress?: number | null;
  progressLabel?: string;
  children?: ReactNode;
}

/** One headline figure with its heading, what it is measured against and, optionally, a progress bar. */
export function KpiCard({ title, value, of, detail, progress, progressLabel, children }: KpiCardProps) {
  const id = useId();
  return (
    <Card component="section" aria-labelledby={id} variant="outlined" sx={{ height: '100%' }}>
      <CardContent>
        <Typography id={id} component="h2" variant="subtitle1" sx={{ fontWeight: 600 }}>
          {title}
        </Typography>
        <Typography component="p" sx={{ fontSize: '2rem', fontWeight: 700, lineHeight: 1.2 }} data-testid="kpi-value">
          {value}
          {of ? (
            <Typography component="span" sx={{ fontSize: '1.1rem', fontWeight: 400, ml: 0.5 }}>
              {of}
            </Typography>
          ) : null}
        </Typography>
        {detail ? (
          <Typography variant="body2" color="text.secondary">
            {detail}
          </Typography>
        ) : null}
        {progress !== undefined && progress !== null ? (
          <Box sx={{ mt: 1 }}>
            <LinearProgress
              variant="determinate"
              value={Math.min(100, Math.max(0, progress * 100))}
              aria-label={progressLabel ?? title}
              sx={{ height: 8, borderRadius: 4 }}
            />
            {progressLabel ? (
              <Typography variant="caption" color="text.secondary">
                {progressLabel}
              </Typography>
            ) : null}
          </Box>
        ) : null}
        {children}
      </CardContent>
    </Card>
  );
}

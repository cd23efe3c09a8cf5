import { Box, Grid, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useStats, type Period } from '../api';
import { useErrorText } from '../ChartCard';
import { useFormatters } from '../format';
import { KpiCard } from '../KpiCard';
import { P, useEnumLabel, type Scope } from './columns';

/** The headline figures; the targets are regional: a member's figures are shown without them. */
export function OverviewKpis({ period, scope = 'region' }: { period: Period; scope?: Scope }) {
  const translate = useTranslate();
  const fmt = useFormatters();
  const label = useEnumLabel();
  const errorText = useErrorText();
  const { data, isPending, error } = useStats('overview', period);
  if (isPending) return <Typography role="status">{translate(`${P}.loading`)}</Typography>;
  if (error) return <Typography color="error">{errorText(error)}</Typography>;
  const { professionals: pro, hires, centres, members, positions } = data;
  const asOfYear = data.period.asOf.slice(0, 4);
  const progress = (part: number, whole: number) => (whole > 0 ? part / whole : null);
  const pct = (part: number, whole: number) => translate(`${P}.kpi.progress`, { percent: fmt.percent(progress(part, whole)) });
  const regional = scope === 'region';
  return (
    <Grid container spacing={2}>
      <Grid size={{ xs: 12, sm: 6, lg: 4 }}>
        <KpiCard
          title={translate(`${P}.kpi.professionals`)}
          value={fmt.number(pro.inPost)}
          of={regional ? `/ ${fmt.number(pro.target)}` : undefined}
          detail={
            regional
              ? translate(`${P}.kpi.professionalsDetail`, {
                  target: fmt.number(pro.target),
                  year: pro.targetYear,
                  toDate: fmt.number(pro.targetToDate),
                  asOfYear,
                })
              : undefined
          }
          progress={regional ? progress(pro.inPost, pro.target) : undefined}
          progressLabel={pct(pro.inPost, pro.target)}
        >
          <Breakdown items={pro.byProfession.filter((p) => p.counted).map((p) => [label('professions', p.profession), p.countedInPost])} />
          <Typography variant="body2" color="text.secondary">
            {translate(`${P}.kpi.staff`, { staff: fmt.number(pro.staffInPost) })}
          </Typography>
        </KpiCard>
      </Grid>
      <Grid size={{ xs: 12, sm: 6, lg: 4 }}>
        <KpiCard
          title={translate(`${P}.kpi.hires`, { year: hires.year })}
          value={fmt.number(hires.count)}
          of={regional ? `/ ${fmt.number(hires.target)}` : undefined}
          detail={translate(regional ? `${P}.kpi.hiresDetail` : `${P}.kpi.hiresMemberDetail`, {
            target: fmt.number(hires.target),
            sinceStart: fmt.number(hires.sinceStart),
          })}
          progress={regional ? progress(hires.count, hires.target) : undefined}
          progressLabel={pct(hires.count, hires.target)}
        >
          <Breakdown items={hires.byProfession.filter((p) => p.count > 0).map((p) => [label('professions', p.profession), p.count])} />
        </KpiCard>
      </Grid>
      <Grid size={{ xs: 12, sm: 6, lg: 4 }}>
        <KpiCard
          title={translate(`${P}.kpi.centres`)}
          value={fmt.number(centres.open)}
          of={regional ? `/ ${fmt.number(centres.targetToDate)}` : undefined}
          detail={
            regional
              ? translate(`${P}.kpi.centresDetail`, {
                  toDate: fmt.number(centres.targetToDate),
                  year: hires.year,
                  perYear: fmt.number(centres.targetInYear),
                  opened: fmt.number(centres.openedInYear),
                })
              : undefined
          }
          progress={regional ? progress(centres.open, centres.targetToDate) : undefined}
          progressLabel={pct(centres.open, centres.targetToDate)}
        >
          <Typography variant="body2" color="text.secondary">
            {translate(`${P}.kpi.centresExtra`, { antennes: fmt.number(centres.antennes), suspended: fmt.number(centres.suspended) })}
          </Typography>
        </KpiCard>
      </Grid>
      <Grid size={{ xs: 12, sm: 6, lg: 6 }}>
        <KpiCard title={translate(`${P}.kpi.members`)} value={fmt.number(members.total)} detail={translate(`${P}.kpi.membersDetail`)}>
          <Breakdown items={members.byCollege.map((c) => [translate(`${P}.kpi.college`, { college: c.college }), c.count])} />
        </KpiCard>
      </Grid>
      <Grid size={{ xs: 12, sm: 6, lg: 6 }}>
        <KpiCard
          title={translate(`${P}.kpi.positions`)}
          value={fmt.number(positions.open)}
          detail={translate(`${P}.kpi.positionsDetail`, { fte: fmt.number(positions.fte, 1) })}
        >
          <Breakdown items={positions.byProfession.filter((p) => p.count > 0).map((p) => [label('professions', p.profession), p.count])} />
        </KpiCard>
      </Grid>
    </Grid>
  );
}

/** A headline card's breakdown: « libellé : nombre », one line each. */
function Breakdown({ items }: { items: [label: string, count: number][] }) {
  const fmt = useFormatters();
  return (
    <Box component="ul" sx={{ m: 0, mt: 1, pl: 2.5 }}>
      {items.map(([label, count]) => (
        <li key={label}>
          <Typography variant="body2">
            {label} : {fmt.number(count)}
          </Typography>
        </li>
      ))}
    </Box>
  );
}

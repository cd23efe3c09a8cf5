import { Box, Button, Grid, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { Link, Loading, Title, useCanAccess, useGetIdentity, useStore, useTranslate } from 'react-admin';
import type { Role } from '../../domain/enums';
import { todayInFrance } from '../../domain/calendar';
import { statistics } from '../../domain/statistics';
import { FIRST_YEAR } from '../../domain/stats';
import { DepartmentFilter, useStats, type Period } from './api';
import {
  centresOfDepartment,
  ActivityCard,
  CentresCard,
  CountingRuleNote,
  DepartmentsCard,
  FunnelCard,
  OutcomeReasonsCard,
  HiresCard,
  HrCards,
  OverviewKpis,
  RetentionCard,
  type Scope,
  UpcomingInterviewsCard,
} from './cards';
import { useFormatters } from './format';

const P = 'maillage.dashboard';

/**
 * The home screen, by role (the session identity's role): `region` and
 * `admin` get the regional dashboard, `member` the same views limited by the server to the centres its
 * member backs, `hr` the recruitment pipeline. The funnel and the HR pipeline show to whom their own
 * policy entries grant them (src/domain/statistics.ts, through the authProvider's canAccess).
 */
export function Dashboard() {
  const translate = useTranslate();
  // The identity (GET /api/auth/me when the app resumes a session) carries the role; `usePermissions`
  // may answer before the identity is known.
  const { identity, isPending } = useGetIdentity();
  const role = identity?.role as Role | undefined;
  return (
    <Box sx={{ py: 2 }}>
      <Title title={translate(`${P}.title`)} />
      {isPending ? <Loading /> : role === 'hr' ? <HrDashboard /> : role === 'member' ? <SteeringDashboard scope="member" /> : <SteeringDashboard scope="region" />}
    </Box>
  );
}

/** A year or all time, kept across visits. */
function usePeriod() {
  return useStore<Period>('maillage.dashboard.period', null);
}

function PeriodSelector({ period, onChange }: { period: Period; onChange: (p: Period) => void }) {
  const translate = useTranslate();
  const current = Number(todayInFrance().slice(0, 4));
  const years: number[] = [];
  for (let y = current; y >= FIRST_YEAR; y--) years.push(y);
  return (
    <TextField
      select
      size="small"
      fullWidth={false}
      label={translate(`${P}.period.label`)}
      value={period === null ? 'all' : String(period)}
      onChange={(e) => onChange(e.target.value === 'all' ? null : Number(e.target.value))}
      sx={{ minWidth: 180 }}
    >
      <MenuItem value="all">{translate(`${P}.period.all`)}</MenuItem>
      {years.map((y) => (
        <MenuItem key={y} value={String(y)}>
          {translate(`${P}.period.year`, { year: y })}
        </MenuItem>
      ))}
    </TextField>
  );
}

/** « Département »: the whole region, or one of the departments the map lists. */
function DepartmentSelector({ period, department, onChange }: { period: Period; department: string | null; onChange: (d: string | null) => void }) {
  const translate = useTranslate();
  const { data } = useStats('departments', period);
  const listed = (data?.departments ?? []).filter((d) => d.name !== null);
  const options = department && !listed.some((d) => d.code === department) ? [...listed, { code: department, name: department }] : listed;
  return (
    <TextField
      select
      size="small"
      fullWidth={false}
      label={translate(`${P}.department.label`)}
      value={department ?? 'all'}
      onChange={(e) => onChange(e.target.value === 'all' ? null : e.target.value)}
      sx={{ minWidth: 200 }}
    >
      <MenuItem value="all">{translate(`${P}.department.all`)}</MenuItem>
      {options.map((d) => (
        <MenuItem key={d.code} value={d.code}>
          {d.name} ({d.code})
        </MenuItem>
      ))}
    </TextField>
  );
}

/** A department's name (« Ariège ») from the departments' statistics, its code until they arrive. */
function useDepartmentName(period: Period, department: string | null) {
  const { data } = useStats('departments', period);
  return department ? (data?.departments.find((d) => d.code === department)?.name ?? department) : null;
}

/** « Filtré : Ariège », a link to its centres and a way back to the whole region. */
function DepartmentFilterNote({ period, department, onClear }: { period: Period; department: string; onClear: () => void }) {
  const translate = useTranslate();
  const name = useDepartmentName(period, department)!;
  return (
    <Stack direction="row" role="status" sx={{ gap: 2, alignItems: 'center', flexWrap: 'wrap' }} data-testid="department-filter">
      <Typography variant="body1" sx={{ fontWeight: 600 }}>
        {translate(`${P}.department.filtered`, { name })}
      </Typography>
      <Link to={centresOfDepartment(department)}>{translate(`${P}.map.centresLink`, { name })}</Link>
      <Button size="small" onClick={onClear}>
        {translate(`${P}.department.clear`)}
      </Button>
    </Stack>
  );
}

function AsOf({ period }: { period: Period }) {
  const translate = useTranslate();
  const fmt = useFormatters();
  const { data } = useStats('overview', period);
  return data ? (
    <Typography variant="body2" color="text.secondary">
      {translate(`${P}.period.asOf`, { date: fmt.date(data.period.asOf) })}
    </Typography>
  ) : null;
}

function SteeringDashboard({ scope }: { scope: 'region' | 'member' }) {
  const translate = useTranslate();
  const [period, setPeriod] = usePeriod();
  const [department, setDepartment] = useState<string | null>(null);
  const { canAccess: canEditTargets } = useCanAccess({ resource: 'targets', action: 'edit' });
  const { canAccess: canSeeFunnel } = useCanAccess({ resource: statistics.funnel.name, action: 'read' });
  // One department chosen: its figures, without the regional targets (there are no per-department ones).
  const cardScope: Scope = scope === 'member' ? 'member' : department ? 'department' : 'region';
  const departmentName = useDepartmentName(period, department);
  const subtitle =
    cardScope === 'department' ? translate(`${P}.departmentSubtitle`, { name: departmentName }) : translate(scope === 'member' ? `${P}.memberSubtitle` : `${P}.regionSubtitle`);
  return (
    <DepartmentFilter.Provider value={department}>
    <Stack sx={{ gap: 2 }}>
      <Stack direction="row" sx={{ gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography variant="body1" sx={{ flex: 1, minWidth: 240 }} data-testid="dashboard-subtitle">
          {subtitle}
        </Typography>
        <AsOf period={period} />
        <PeriodSelector period={period} onChange={setPeriod} />
        <DepartmentSelector period={period} department={department} onChange={setDepartment} />
        {canEditTargets ? <Link to="/targets">{translate(`${P}.targets.link`)}</Link> : null}
      </Stack>
      {department ? <DepartmentFilterNote period={period} department={department} onClear={() => setDepartment(null)} /> : null}
      <CountingRuleNote period={period} />
      {cardScope !== 'region' ? (
        <Typography variant="body2" color="text.secondary">
          {translate(cardScope === 'member' ? `${P}.kpi.memberNote` : `${P}.kpi.departmentNote`)}
        </Typography>
      ) : null}
      <OverviewKpis period={period} scope={cardScope} />
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, lg: 6 }}>
          <HiresCard period={period} scope={cardScope} />
        </Grid>
        <Grid size={{ xs: 12, lg: 6 }}>
          <CentresCard period={period} scope={cardScope} />
        </Grid>
        <Grid size={12}>
          <DepartmentsCard period={period} selected={department} onSelect={setDepartment} />
        </Grid>
        {canSeeFunnel ? (
          <Grid size={{ xs: 12, lg: 6 }}>
            <FunnelCard period={period} />
          </Grid>
        ) : null}
        {/* Without the funnel (a member's dashboard), the retention card takes the whole row, not half of it. */}
        <Grid size={canSeeFunnel ? { xs: 12, lg: 6 } : 12}>
          <RetentionCard period={period} />
        </Grid>
        {canSeeFunnel ? (
          <Grid size={12}>
            <OutcomeReasonsCard period={period} />
          </Grid>
        ) : null}
        <Grid size={12}>
          <ActivityCard period={period} />
        </Grid>
      </Grid>
    </Stack>
    </DepartmentFilter.Provider>
  );
}

function HrDashboard() {
  const translate = useTranslate();
  const { canAccess: canSeePipeline } = useCanAccess({ resource: statistics.hr.name, action: 'read' });
  const { canAccess: canSeeInterviews } = useCanAccess({ resource: statistics.interviews.name, action: 'read' });
  return (
    <Stack sx={{ gap: 2 }}>
      <Typography variant="body1">{translate(`${P}.hrSubtitle`)}</Typography>
      {canSeeInterviews ? <UpcomingInterviewsCard /> : null}
      {canSeePipeline ? <HrCards /> : null}
    </Stack>
  );
}

import { lazy } from 'react';

/**
 * The charts (recharts) and the map (the department shapes) in chunks of their own, fetched only when a
 * dashboard shows: the app's first screen does not wait for them elsewhere.
 */
const charts = () => import('./charts');
export const HiresChart = lazy(() => charts().then((m) => ({ default: m.HiresChart })));
export const CentresChart = lazy(() => charts().then((m) => ({ default: m.CentresChart })));
export const FunnelChart = lazy(() => charts().then((m) => ({ default: m.FunnelChart })));
export const HorizontalBars = lazy(() => charts().then((m) => ({ default: m.HorizontalBars })));
export const ActivityChart = lazy(() => charts().then((m) => ({ default: m.ActivityChart })));
export const OccitanieMap = lazy(() => import('./OccitanieMap').then((m) => ({ default: m.OccitanieMap })));

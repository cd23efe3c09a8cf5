import type { DataProvider, GetListParams, RaRecord, SortPayload } from 'react-admin';
import { hires } from '../../../domain/resources';
import { fold } from '../../../domain/text';
import { todayIso } from '../../forms/dates';

/**
 * The hires list's « Situation » filter: `active` (in post: no end date, or one still to come) or
 * `ended` (an end date before today). The API filters by equality and bounds, with no OR; so `ended`
 * is `endOn_lte: yesterday`, and `active` asks for both halves (`endOn: null`, `endOn_gte: today`)
 * and merges them in the list's order. Hires number in the hundreds (the goal is 200), which keeps
 * this cheap; a server-side filter would be the lasting answer.
 */
export function withSituation(dataProvider: DataProvider): DataProvider {
  return {
    ...dataProvider,
    async getList(resource: string, params: GetListParams) {
      const { situation, ...filter } = params.filter ?? {};
      if (resource !== 'hires' || !situation) return dataProvider.getList(resource, params);
      const today = todayIso();
      if (situation === 'ended') {
        const yesterday = todayIso(new Date(Date.now() - 86_400_000));
        return dataProvider.getList(resource, { ...params, filter: { ...filter, endOn_lte: yesterday } });
      }
      const { page, perPage } = params.pagination ?? { page: 1, perPage: 25 };
      const upTo = Math.min(page * perPage, 1000);
      const half = (bound: Record<string, unknown>) =>
        dataProvider.getList(resource, { ...params, pagination: { page: 1, perPage: upTo }, filter: { ...filter, ...bound } });
      const [open, ending] = await Promise.all([half({ endOn: null }), half({ endOn_gte: today })]);
      const merged = [...open.data, ...ending.data].sort(compareBy(params.sort));
      return { data: merged.slice((page - 1) * perPage, page * perPage), total: (open.total ?? 0) + (ending.total ?? 0) };
    },
  };
}

/** The server's order: text folded (accents, case), nulls last when ascending, then by id. */
function compareBy(sort: SortPayload | undefined) {
  const field = sort?.field ?? hires.defaultSort[0];
  const direction = (sort?.order ?? hires.defaultSort[1]) === 'DESC' ? -1 : 1;
  const text = hires.fields[field]?.kind === 'text';
  const key = (v: unknown) => (text && typeof v === 'string' ? fold(v) : (v as string | number | boolean));
  return (a: RaRecord, b: RaRecord) => {
    const x = a[field] ?? null;
    const y = b[field] ?? null;
    if (x !== y) {
      if (x === null) return direction;
      if (y === null) return -direction;
      const [kx, ky] = [key(x), key(y)];
      if (kx < ky) return -direction;
      if (kx > ky) return direction;
    }
    return (Number(a.id) - Number(b.id)) * direction;
  };
}

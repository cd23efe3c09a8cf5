import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useDataProvider, useGetList, useGetMany, useNotify, useTranslate, type RaRecord } from 'react-admin';
import { stages, type Stage } from '../../../../domain/enums';
import { todayInFrance } from '../../../../domain/calendar';

export interface BoardFilter {
  centreId?: number;
  profession?: string;
  positionId?: number;
}

export interface BoardCardData {
  application: RaRecord;
  stage: Stage;
  candidate?: RaRecord;
  position?: RaRecord;
  centre?: RaRecord;
  /** The application's next planned interview (ISO with offset), if any. */
  nextInterview?: string;
}

const ALL = { page: 1, perPage: 1000 } as const;
const NEWEST = { field: 'stageOn', order: 'DESC' } as const;

/**
 * The outcome columns (the last three stages, see `stages`) only grow: after a few years they hold
 * hundreds of cards nobody moves any more. They load and show their most recent cards only; the rest
 * is one link away, in the list (« Voir les N autres »).
 */
export const FINAL_STAGES: readonly Stage[] = ['acceptee', 'refusee', 'retiree'];
export const FINAL_COLUMN_SIZE = 20;
const OPEN_STAGES = stages.values.filter((s) => !FINAL_STAGES.includes(s));

export interface BoardColumnData {
  stage: Stage;
  /** The cards shown; in an outcome column, the newest stage dates first. */
  cards: BoardCardData[];
  /** How many applications the column holds, shown or not. */
  count: number;
  /** How many of them are not shown (outcome columns only). */
  hidden: number;
}

/** One outcome column: its newest applications, and how many there are in all (`total`). */
function useFinalStage(stage: Stage, positionFilter: object, enabled: boolean) {
  return useGetList(
    'applications',
    { pagination: { page: 1, perPage: FINAL_COLUMN_SIZE }, sort: NEWEST, filter: { stage, ...positionFilter } },
    { enabled },
  );
}

/**
 * The board's data: the applications in progress (up to 1,000, the API's page limit), the newest
 * ones of each outcome column, with their candidates, positions and centres; the filters by centre
 * and profession go through the positions. A move is shown at once (optimistic), persisted with ONE
 * `update` (the server appends the stage to the history in the same transaction), then the board
 * reloads; a 409 says so and reloads too.
 */
export function useBoard(filter: BoardFilter) {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider();
  const queryClient = useQueryClient();
  const [moves, setMoves] = useState<Record<string, Stage>>({});

  const { data: centres = [] } = useGetList('centres', { pagination: ALL, sort: { field: 'name', order: 'ASC' } });
  const { data: positions = [], isPending: positionsPending } = useGetList('positions', { pagination: ALL, sort: { field: 'openedOn', order: 'DESC' } });

  const positionIds = useMemo(() => {
    if (!filter.centreId && !filter.profession && !filter.positionId) return undefined;
    return positions
      .filter((p) => (!filter.centreId || p.centreId === filter.centreId) && (!filter.profession || p.profession === filter.profession))
      .filter((p) => !filter.positionId || p.id === filter.positionId)
      .map((p) => p.id);
  }, [positions, filter.centreId, filter.profession, filter.positionId]);
  const positionFilter = positionIds ? { positionId: positionIds } : {};
  const enabled = !positionIds || !positionsPending;

  const open = useGetList('applications', { pagination: ALL, sort: NEWEST, filter: { stage: OPEN_STAGES, ...positionFilter } }, { enabled });
  const finals = [
    useFinalStage(FINAL_STAGES[0], positionFilter, enabled),
    useFinalStage(FINAL_STAGES[1], positionFilter, enabled),
    useFinalStage(FINAL_STAGES[2], positionFilter, enabled),
  ];
  const queries = [open, ...finals];
  const isPending = queries.some((q) => q.isPending);
  const error = queries.find((q) => q.error)?.error;
  const total = queries.every((q) => q.total !== undefined) ? queries.reduce((sum, q) => sum + (q.total ?? 0), 0) : undefined;
  const pages = queries.map((q) => q.data);
  const applications = useMemo(() => {
    // While the queries reload after a move, one application may be in two of them: the newest version wins.
    const byId = new Map<RaRecord['id'], RaRecord>();
    for (const a of pages.flatMap((page) => page ?? [])) if (!byId.has(a.id) || byId.get(a.id)!.version < a.version) byId.set(a.id, a);
    return [...byId.values()];
  }, pages); // one dependency per query: its page of records

  const candidateIds = useMemo(() => [...new Set(applications.map((a) => a.candidateId))], [applications]);
  const { data: candidates = [], isPending: candidatesPending } = useGetMany('candidates', { ids: candidateIds }, { enabled: candidateIds.length > 0 });

  // The planned interviews to come (soonest first): each card shows its application's next one.
  const [now] = useState(() => new Date().toISOString());
  const { data: planned = [] } = useGetList('interviews', { pagination: ALL, sort: { field: 'startsAt', order: 'ASC' }, filter: { status: 'prevu', startsAt_gte: now } },
    { enabled: applications.length > 0 },
  );

  const byId = <T extends RaRecord>(list: T[]) => new Map(list.map((r) => [r.id, r]));
  const cards: BoardCardData[] = useMemo(() => {
    const candidateById = byId(candidates);
    const positionById = byId(positions);
    const centreById = byId(centres);
    const nextInterview = new Map<RaRecord['id'], string>();
    for (const i of planned) if (!nextInterview.has(i.applicationId)) nextInterview.set(i.applicationId, String(i.startsAt));
    return applications.map((application) => {
      const position = positionById.get(application.positionId);
      return {
        application,
        stage: moves[application.id] ?? application.stage,
        candidate: candidateById.get(application.candidateId),
        position,
        centre: position ? centreById.get(position.centreId) : undefined,
        nextInterview: nextInterview.get(application.id),
      };
    });
  }, [applications, candidates, positions, centres, moves, planned]);

  const columns: BoardColumnData[] = stages.values.map((stage) => {
    const here = cards.filter((c) => c.stage === stage);
    const final = FINAL_STAGES.indexOf(stage);
    if (final < 0) return { stage, cards: here, count: here.length, hidden: 0 };
    // A card just moved here (optimistically) comes first: once saved, its stage date is today.
    const movedIn = here.filter((c) => c.application.stage !== stage);
    const stayed = here.filter((c) => c.application.stage === stage);
    const movedOut = cards.filter((c) => c.application.stage === stage && c.stage !== stage).length;
    const count = (finals[final].total ?? stayed.length + movedOut) - movedOut + movedIn.length;
    const shown = [...movedIn, ...stayed].slice(0, FINAL_COLUMN_SIZE);
    return { stage, cards: shown, count, hidden: Math.max(0, count - shown.length) };
  });

  const candidateName = (card: BoardCardData) =>
    card.candidate
      ? `${card.candidate.firstName} ${card.candidate.lastName}`
      : candidatesPending
        ? '…'
        : translate('maillage.recruitment.unknown');

  /** Moves a card (with its reason, to an outcome that takes one); resolves true once the server has saved the move. */
  async function move(card: BoardCardData, stage: Stage, extra: object = {}): Promise<boolean> {
    const { application } = card;
    if (stage === card.stage) return false;
    setMoves((m) => ({ ...m, [application.id]: stage }));
    try {
      await dataProvider.update('applications', {
        id: application.id,
        data: { ...extra, stage, stageOn: todayInFrance(), version: application.version },
        previousData: application,
      });
      notify('maillage.recruitment.board.moved', {
        type: 'info',
        messageArgs: { candidate: candidateName(card), stage: translate(`maillage.enums.stages.${stage}`) },
      });
      return true;
    } catch (e) {
      const failure = e as { status?: number; message?: string; body?: { errors?: object } };
      // A 409 naming a field is a rule (a running contract keeps the application from being refused), not a stale card.
      if (failure.status === 409 && !failure.body?.errors) notify('maillage.recruitment.board.conflict', { type: 'error' });
      else notify('maillage.recruitment.board.failed', { type: 'error', messageArgs: { message: translate(failure.message ?? '', { _: failure.message ?? '' }) } });
      return false;
    } finally {
      await queryClient.invalidateQueries({ queryKey: ['applications'] });
      setMoves(({ [application.id]: _done, ...rest }) => rest);
    }
  }

  return { columns, centres, positions, total, isPending, error, move, candidateName, positionIds };
}

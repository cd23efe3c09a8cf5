import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useDataProvider, useGetList, useGetMany, useNotify, useTranslate, type RaRecord } from 'react-admin';
import { stages, type Stage } from '../../../../domain/enums';
import { todayIso } from '../../../forms/dates';

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
}

const ALL = { page: 1, perPage: 1000 } as const;

/**
 * The board's data: applications (up to 1,000, the API's page limit) with their candidates,
 * positions and centres; the filters by centre and profession go through the positions. A move is
 * shown at once (optimistic), persisted with ONE `update` (the server appends the stage to the
 * history in the same transaction), then the board reloads; a 409 says so and reloads too.
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

  const {
    data: applications = [],
    total,
    isPending,
    error,
  } = useGetList(
    'applications',
    { pagination: ALL, sort: { field: 'stageOn', order: 'DESC' }, filter: positionIds ? { positionId: positionIds } : {} },
    { enabled: !positionIds || !positionsPending },
  );
  const candidateIds = useMemo(() => [...new Set(applications.map((a) => a.candidateId))], [applications]);
  const { data: candidates = [], isPending: candidatesPending } = useGetMany('candidates', { ids: candidateIds }, { enabled: candidateIds.length > 0 });

  const byId = <T extends RaRecord>(list: T[]) => new Map(list.map((r) => [r.id, r]));
  const cards: BoardCardData[] = useMemo(() => {
    const candidateById = byId(candidates);
    const positionById = byId(positions);
    const centreById = byId(centres);
    return applications.map((application) => {
      const position = positionById.get(application.positionId);
      return {
        application,
        stage: moves[application.id] ?? application.stage,
        candidate: candidateById.get(application.candidateId),
        position,
        centre: position ? centreById.get(position.centreId) : undefined,
      };
    });
  }, [applications, candidates, positions, centres, moves]);

  const columns = stages.values.map((stage) => ({ stage, cards: cards.filter((c) => c.stage === stage) }));

  const candidateName = (card: BoardCardData) =>
    card.candidate
      ? `${card.candidate.firstName} ${card.candidate.lastName}`
      : candidatesPending
        ? '…'
        : translate('maillage.recruitment.unknown');

  async function move(card: BoardCardData, stage: Stage) {
    const { application } = card;
    if (stage === card.stage) return;
    setMoves((m) => ({ ...m, [application.id]: stage }));
    try {
      await dataProvider.update('applications', {
        id: application.id,
        data: { stage, stageOn: todayIso(), version: application.version },
        previousData: application,
      });
      notify('maillage.recruitment.board.moved', {
        type: 'info',
        messageArgs: { candidate: candidateName(card), stage: translate(`maillage.enums.stages.${stage}`) },
      });
    } catch (e) {
      const failure = e as { status?: number; message?: string };
      if (failure.status === 409) notify('maillage.recruitment.board.conflict', { type: 'error' });
      else notify('maillage.recruitment.board.failed', { type: 'error', messageArgs: { message: failure.message ?? '' } });
    } finally {
      await queryClient.invalidateQueries({ queryKey: ['applications'] });
      setMoves(({ [application.id]: _done, ...rest }) => rest);
    }
  }

  return { columns, centres, positions, total, isPending, error, move, candidateName };
}

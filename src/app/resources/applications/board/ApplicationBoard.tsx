import { Alert, Box, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import type { Stage } from '../../../../domain/enums';
import { Loading, Title, useCanAccess, useTranslate } from 'react-admin';
import { ViewToggle } from '../ViewToggle';
import { BoardColumn } from './BoardColumn';
import { BoardFilters } from './BoardFilters';
import { OutcomeReasonDialog, type OutcomeReason } from './OutcomeReasonDialog';
import { RefusalEmailDialog } from './RefusalEmailDialog';
import { useBoard, type BoardCardData, type BoardFilter } from './useBoard';

/** The recruitment board, at /applications/board: one column per stage, one card per application. */
export function ApplicationBoard() {
  const translate = useTranslate();
  const { canAccess, isPending: accessPending } = useCanAccess({ resource: 'applications', action: 'list' });
  if (accessPending) return <Loading />;
  if (!canAccess)
    return (
      <Box sx={{ p: 2 }}>
        <Title title="maillage.recruitment.board.title" />
        <Alert severity="warning">{translate('maillage.recruitment.board.forbidden')}</Alert>
      </Box>
    );
  return <Board />;
}

function Board() {
  const translate = useTranslate();
  const [filter, setFilter] = useState<BoardFilter>({});
  // The card last moved from its « Déplacer vers… » menu, which gets the keyboard focus back.
  const [focusId, setFocusId] = useState<unknown>(undefined);
  const { columns, centres, positions, total, isPending, error, move, candidateName } = useBoard(filter);
  // The card just refused: its refusal e-mail is proposed (RefusalEmailDialog), sent only if HR confirms.
  const [refused, setRefused] = useState<BoardCardData | undefined>(undefined);
  const closeRefusal = () => {
    const id = refused?.application.id;
    setRefused(undefined);
    // Back to the card's « Déplacer vers… » in its new column, where the keyboard path left off.
    requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-move-application="${String(id)}"]`)?.focus());
  };
  // A card on its way to « Refusée » or « Retirée »: its reason is asked first (OutcomeReasonDialog), the
  // move saved with it; cancelled, the card stays where it was and gets the focus back.
  const [closing, setClosing] = useState<{ card: BoardCardData; stage: 'refusee' | 'retiree'; fromMenu: boolean } | undefined>();
  const focusCard = (id: unknown) =>
    requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-move-application="${String(id)}"]`)?.focus());
  const save = (card: BoardCardData, stage: Stage, fromMenu: boolean, reason?: OutcomeReason) => {
    setFocusId(fromMenu ? card.application.id : undefined);
    void move(card, stage, reason).then((saved) => saved && stage === 'refusee' && setRefused(card));
  };
  const confirmReason = (reason: OutcomeReason) => {
    if (!closing) return;
    setClosing(undefined);
    save(closing.card, closing.stage, closing.fromMenu, reason);
    // The dialog took the focus from the card's menu: it goes back to the card, now in its new column
    // (the refusal e-mail dialog, if it opens, takes it next).
    focusCard(closing.card.application.id);
  };
  const cancelReason = () => {
    const id = closing?.card.application.id;
    setClosing(undefined);
    focusCard(id);
  };
  // The list has a filter by position, not by centre or profession: only a one-position board carries over.
  const listFilter = filter.positionId ? { positionId: filter.positionId } : undefined;
  const cardById = (id: string) => columns.flatMap((c) => c.cards).find((c) => String(c.application.id) === id);
  return (
    <Box sx={{ pt: 2, pb: 2, minWidth: 0, maxWidth: '100%' }}>
      <Title title="maillage.recruitment.board.title" />
      <Stack direction="row" spacing={2} alignItems="center" justifyContent="space-between" useFlexGap flexWrap="wrap" sx={{ mb: 2 }}>
        <Typography variant="body2" color="text.secondary">
          {total !== undefined ? translate('maillage.recruitment.board.count', { smart_count: total }) : null}
          {' · '}
          {translate('maillage.recruitment.board.hint')}
        </Typography>
        <ViewToggle current="board" />
      </Stack>
      <BoardFilters filter={filter} onChange={setFilter} centres={centres} positions={positions} />
      {error ? <Alert severity="error">{translate((error as Error).message, { _: (error as Error).message })}</Alert> : null}
      {isPending ? (
        <Loading />
      ) : (
        // `contain: inline-size`: the row of columns scrolls inside the page instead of widening it.
        <Box sx={{ display: 'flex', gap: 1.5, overflowX: 'auto', pb: 1, alignItems: 'stretch', width: '100%', contain: 'inline-size' }}>
          {columns.map(({ stage, cards, count, hidden }) => (
            <BoardColumn
              key={stage}
              stage={stage}
              cards={cards}
              count={count}
              hidden={hidden}
              listFilter={listFilter}
              nameOf={candidateName}
              onMove={(card, stage, options) => {
                if (stage === card.stage) return;
                if (stage === 'refusee' || stage === 'retiree') setClosing({ card, stage, fromMenu: !!options?.fromMenu });
                else save(card, stage, !!options?.fromMenu);
              }}
              cardById={cardById}
              focusId={focusId}
            />
          ))}
        </Box>
      )}
      <OutcomeReasonDialog stage={closing?.stage} name={closing ? candidateName(closing.card) : ''} onConfirm={confirmReason} onCancel={cancelReason} />
      <RefusalEmailDialog application={refused?.application} name={refused ? candidateName(refused) : ''} onClose={closeRefusal} />
    </Box>
  );
}

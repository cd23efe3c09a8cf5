import { Box, Link as MuiLink, Paper, Stack, Typography } from '@mui/material';
import { useId, useState } from 'react';
import { useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import type { Stage } from '../../../../domain/enums';
import { BoardCard } from './BoardCard';
import type { BoardCardData } from './useBoard';

interface Props {
  stage: Stage;
  cards: BoardCardData[];
  /** How many applications the column holds (more than `cards` in a long outcome column). */
  count: number;
  /** How many are not shown: a link to the list filtered on this stage tells how many and leads to them. */
  hidden: number;
  /** The list's `filter` beyond the stage, e.g. the position the board is filtered on. */
  listFilter?: Record<string, unknown>;
  nameOf: (card: BoardCardData) => string;
  onMove: (card: BoardCardData, stage: Stage, options?: { fromMenu?: boolean }) => void;
  /** The application whose card takes the focus back after a move from its menu. */
  focusId?: unknown;
  /** Finds the card dropped here by its application id. */
  cardById: (id: string) => BoardCardData | undefined;
}

/** One stage: its name and count, its cards, and a drop target for dragged cards. */
export function BoardColumn({ stage, cards, count, hidden, listFilter, nameOf, onMove, cardById, focusId }: Props) {
  const translate = useTranslate();
  const headingId = useId();
  const [over, setOver] = useState(false);
  const label = translate(`maillage.enums.stages.${stage}`);
  return (
    <Paper
      component="section"
      aria-labelledby={headingId}
      variant="outlined"
      onDragOver={(e) => {
        e.preventDefault();
        e.dataTransfer.dropEffect = 'move';
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        const card = cardById(e.dataTransfer.getData('text/plain'));
        if (card) onMove(card, stage);
      }}
      sx={{
        flex: '0 0 240px',
        display: 'flex',
        flexDirection: 'column',
        bgcolor: over ? 'action.hover' : 'background.default',
        borderColor: over ? 'primary.main' : undefined,
        borderStyle: over ? 'dashed' : undefined,
      }}
    >
      <Typography component="h2" variant="subtitle1" id={headingId} sx={{ px: 1.5, py: 1, fontWeight: 600 }}>
        {label} ({count})
      </Typography>
      <Stack component="ul" spacing={1} sx={{ listStyle: 'none', m: 0, px: 1, pb: 1, flex: 1, minHeight: 80 }}>
        {cards.map((card) => (
          <Box component="li" key={card.application.id}>
            <BoardCard card={card} name={nameOf(card)} onMove={onMove} restoreFocus={focusId !== undefined && card.application.id === focusId} />
          </Box>
        ))}
        {cards.length === 0 && (
          <Typography component="li" variant="body2" color="text.secondary" sx={{ px: 0.5 }}>
            {translate('maillage.recruitment.board.empty')}
          </Typography>
        )}
      </Stack>
      {hidden > 0 && (
        <MuiLink
          component={Link}
          to={listLink(stage, listFilter)}
          variant="body2"
          sx={{ px: 1.5, pb: 1.5, '&:focus-visible': { outline: '3px solid', outlineOffset: 2 } }}
        >
          {translate('maillage.recruitment.board.more', { smart_count: hidden })}
        </MuiLink>
      )}
    </Paper>
  );
}

/** The applications list on one stage, newest stage date first: where a long column continues. */
export function listLink(stage: Stage, listFilter: Record<string, unknown> = {}) {
  const search = new URLSearchParams({ filter: JSON.stringify({ ...listFilter, stage }), sort: 'stageOn', order: 'DESC' });
  return `/applications?${search}`;
}

import { Box, Paper, Stack, Typography } from '@mui/material';
import { useId, useState } from 'react';
import { useTranslate } from 'react-admin';
import type { Stage } from '../../../../domain/enums';
import { BoardCard } from './BoardCard';
import type { BoardCardData } from './useBoard';

interface Props {
  stage: Stage;
  cards: BoardCardData[];
  nameOf: (card: BoardCardData) => string;
  onMove: (card: BoardCardData, stage: Stage) => void;
  /** Finds the card dropped here by its application id. */
  cardById: (id: string) => BoardCardData | undefined;
}

/** One stage: its name and count, its cards, and a drop target for dragged cards. */
export function BoardColumn({ stage, cards, nameOf, onMove, cardById }: Props) {
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
        {label} ({cards.length})
      </Typography>
      <Stack component="ul" spacing={1} sx={{ listStyle: 'none', m: 0, px: 1, pb: 1, flex: 1, minHeight: 80 }}>
        {cards.map((card) => (
          <Box component="li" key={card.application.id}>
            <BoardCard card={card} name={nameOf(card)} onMove={onMove} />
          </Box>
        ))}
        {cards.length === 0 && (
          <Typography component="li" variant="body2" color="text.secondary" sx={{ px: 0.5 }}>
            {translate('maillage.recruitment.board.empty')}
          </Typography>
        )}
      </Stack>
    </Paper>
  );
}

import DragIndicatorIcon from '@mui/icons-material/DragIndicator';
import MoveIcon from '@mui/icons-material/DriveFileMove';
import { Box, Button, Card, CardContent, Link as MuiLink, Menu, MenuItem, Stack, Typography } from '@mui/material';
import { useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { useLocale, useTranslate } from 'react-admin';
import EventNoteIcon from '@mui/icons-material/EventNote';
import { formatInstant } from '../../interviews/format';
import { stages, type Stage } from '../../../../domain/enums';
import { CreateHireButton } from '../CreateHireButton';
import type { BoardCardData } from './useBoard';

const frenchDate = (iso?: string | null) => (iso ? new Date(`${iso}T00:00:00Z`).toLocaleDateString('fr-FR', { timeZone: 'UTC' }) : '—');

interface Props {
  card: BoardCardData;
  name: string;
  /** Moved with « Déplacer vers… »: the keyboard focus goes to this card's button once it is in its new column. */
  onMove: (card: BoardCardData, stage: Stage, options?: { fromMenu?: boolean }) => void;
  /** This card was just moved from its menu: its button takes the focus back when the move leaves it nowhere. */
  restoreFocus?: boolean;
}

/**
 * One application: candidate, position and centre, since when at this stage. Dragged with the mouse
 * (HTML5 drag and drop), or moved with the keyboard through « Déplacer vers… ».
 */
export function BoardCard({ card, name, onMove, restoreFocus = false }: Props) {
  const translate = useTranslate();
  const locale = useLocale();
  const titleId = useId();
  const buttonId = useId();
  const menuId = useId();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  // The card moved to another column is a new element there: the menu that had the focus is gone with the
  // old one, and the focus would fall back to the page's top. Only when it is lost (not taken elsewhere
  // since), and again if the card comes back to its column (a 409 reloads the board).
  useEffect(() => {
    if (!restoreFocus) return;
    const active = document.activeElement;
    if (!active || active === document.body || !active.isConnected) buttonRef.current?.focus();
  }, [restoreFocus]);
  const { application, position, centre } = card;
  const positionName = position
    ? position.title || translate(`maillage.enums.professions.${position.profession}`)
    : translate('maillage.recruitment.unknown');

  return (
    <Card
      component="article"
      aria-labelledby={titleId}
      variant="outlined"
      draggable
      onDragStart={(e) => {
        e.dataTransfer.setData('text/plain', String(application.id));
        e.dataTransfer.effectAllowed = 'move';
      }}
      sx={{ cursor: 'grab', '&:focus-within': { borderColor: 'primary.main' } }}
    >
      <CardContent sx={{ p: 1.5, '&:last-child': { pb: 1.5 } }}>
        <Stack direction="row" spacing={0.5} alignItems="flex-start">
          <DragIndicatorIcon fontSize="small" color="action" aria-hidden sx={{ mt: 0.25 }} />
          <Box sx={{ minWidth: 0 }}>
            <Typography component="h3" variant="subtitle2" id={titleId}>
              <MuiLink component={Link} to={`/applications/${application.id}/show`} sx={{ '&:focus-visible': { outline: '3px solid', outlineOffset: 2 } }}>
                {name}
              </MuiLink>
            </Typography>
            <Typography variant="body2">{positionName}</Typography>
            <Typography variant="body2" color="text.secondary">
              {centre?.name ?? '—'}
            </Typography>
            <Typography variant="caption" color="text.secondary">
              {translate('maillage.recruitment.board.since', { date: frenchDate(application.stageOn) })}
            </Typography>
            {card.nextInterview ? (
              <Typography variant="caption" sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}>
                <EventNoteIcon fontSize="inherit" aria-hidden />
                {translate('maillage.interviews.board.next', { date: formatInstant(card.nextInterview, locale) })}
              </Typography>
            ) : null}
          </Box>
        </Stack>
        <Stack direction="row" spacing={1} sx={{ mt: 1 }} flexWrap="wrap" useFlexGap>
          <Button
            ref={buttonRef}
            id={buttonId}
            data-move-application={String(application.id)}
            size="small"
            startIcon={<MoveIcon />}
            aria-haspopup="menu"
            aria-controls={anchor ? menuId : undefined}
            aria-expanded={anchor ? 'true' : undefined}
            aria-describedby={titleId}
            onClick={(e) => setAnchor(e.currentTarget)}
            sx={{ '&.Mui-focusVisible': { outline: '3px solid', outlineOffset: 1 } }}
          >
            {translate('maillage.recruitment.board.move')}
          </Button>
          {card.stage === 'acceptee' && <CreateHireButton application={application} candidate={card.candidate} position={position} />}
        </Stack>
        <Menu id={menuId} anchorEl={anchor} open={!!anchor} onClose={() => setAnchor(null)} slotProps={{ list: { 'aria-labelledby': buttonId } }}>
          {stages.values
            .filter((stage) => stage !== card.stage)
            .map((stage) => (
              <MenuItem
                key={stage}
                onClick={() => {
                  setAnchor(null);
                  onMove(card, stage, { fromMenu: true });
                }}
              >
                {translate(`maillage.enums.stages.${stage}`)}
              </MenuItem>
            ))}
        </Menu>
      </CardContent>
    </Card>
  );
}

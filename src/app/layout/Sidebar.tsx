import { Drawer, useMediaQuery, type Theme } from '@mui/material';
import { useEffect, useRef, useState } from 'react';
import { Sidebar as RaSidebar, useSidebarState, type SidebarProps } from 'react-admin';

/** The menu's width when it slides over the page (react-admin's open sidebar is as wide). */
const DRAWER_WIDTH = 240;

/**
 * Under the md breakpoint (tablets, or a desktop screen zoomed to 200 %), the menu slides over the page
 * from the AppBar's menu button and closes once an item is chosen (react-admin's MenuItemLink does it
 * under md), instead of keeping 240 px of an already narrow screen. From md up, react-admin's sidebar.
 */
export function Sidebar(props: SidebarProps) {
  const isSmall = useMediaQuery<Theme>((theme) => theme.breakpoints.down('md'), { noSsr: true });
  const [open, setOpen] = useSidebarState();
  // react-admin's stored state says « open » on any screen from sm up: the sliding menu starts closed,
  // and the docked one opens again when the screen gets wide enough.
  const wasSmall = useRef<boolean | null>(null);
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (wasSmall.current === null ? isSmall : wasSmall.current !== isSmall) setOpen(!isSmall);
    wasSmall.current = isSmall;
    setReady(true);
  }, [isSmall, setOpen]);

  if (!isSmall) return <RaSidebar {...props} />;
  const { appBarAlwaysOn: _appBarAlwaysOn, closedSize: _closedSize, size: _size, children, ...rest } = props;
  return (
    <Drawer
      variant="temporary"
      open={ready && open}
      onClose={() => setOpen(false)}
      {...rest}
      sx={{ '& .MuiDrawer-paper': { width: DRAWER_WIDTH, maxWidth: '85vw', pt: 1 } }}
    >
      {children}
    </Drawer>
  );
}

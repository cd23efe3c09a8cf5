import { useEffect, type ReactNode } from 'react';
import { Layout as RaLayout, useLocaleState } from 'react-admin';
import { AppBar } from './AppBar';
import { Menu } from './Menu';
import { Sidebar } from './Sidebar';

/** Keeps `<html lang>` in step with the chosen language, for screen readers. */
function DocumentLanguage() {
  const [locale] = useLocaleState();
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return null;
}

export function Layout({ children }: { children: ReactNode }) {
  return (
    <RaLayout
      appBar={AppBar}
      menu={Menu}
      sidebar={Sidebar}
      // react-admin's layout is « min-width: fit-content »: one wide table made the whole page scroll
      // sideways. The page keeps the screen's width; wide tables scroll in their own box (theme.ts).
      sx={{ minWidth: 0, '& .RaLayout-content': { minWidth: 0 } }}
    >
      <DocumentLanguage />
      {children}
    </RaLayout>
  );
}

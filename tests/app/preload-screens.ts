/**
 * The app loads each resource's screens, the board, « Mon compte » and the commune reference on first
 * use (React.lazy / import()). In a test the first use is inside a `findBy…` (10 s): on two busy cores
 * Vite's first transform of those modules can take longer, and the test would fail on time, not on
 * behaviour. Importing them here, before the file's tests (hook timeout), is what a browser's cache
 * does for a returning user; the app still goes through React.lazy and its Suspense.
 */
import.meta.glob(['../../src/app/resources/*/screens.ts', '../../src/app/resources/applications/board/ApplicationBoard.tsx'], { eager: true });
import.meta.glob(['../../src/app/account/AccountPage.tsx', '../../src/domain/reference/index.ts'], { eager: true });

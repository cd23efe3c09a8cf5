import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';

const root = document.getElementById('root')!;

/**
 * In the static demo build (VITE_DEMO=true) the server app runs in the page: start the msw worker
 * and its in-memory database before the first request. Otherwise /api is the Node server.
 */
async function start() {
  if (import.meta.env.VITE_DEMO === 'true') {
    const { startDemoWorker } = await import('../../mocks/browser');
    await startDemoWorker();
  }
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

start().catch((error: unknown) => {
  console.error(error);
  root.textContent = 'La démonstration n’a pas pu démarrer dans ce navigateur (service worker ou WebAssembly indisponible).';
});

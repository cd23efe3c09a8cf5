import { setupWorker } from 'msw/browser';
import { openInMemoryDatabase } from './database';
import { apiHandlers } from './handlers';

/**
 * The static demo: the server app runs in the page over an in-memory database, and the service worker
 * (public/mockServiceWorker.js) routes /api requests to it. Nothing leaves the browser.
 */
export async function startDemoWorker() {
  const database = await openInMemoryDatabase();
  const worker = setupWorker(...apiHandlers(database));
  await worker.start({
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
  return worker;
}

import { spawn } from 'node:child_process';

/**
 * `npm run dev`: the API on PORT (default 3000), restarted when a server file changes, and Vite's dev
 * server with hot reload on 5173, which proxies /api to the API.
 */
const api = spawn(process.execPath, ['--watch', '--import', 'tsx', 'src/server/cli/start.ts', '--no-build'], {
  stdio: 'inherit',
  env: { ...process.env, PORT: process.env.PORT ?? '3000' },
});
const vite = spawn(process.execPath, ['node_modules/vite/bin/vite.js', '--port', '5173'], { stdio: 'inherit' });

const stop = () => {
  api.kill('SIGTERM');
  vite.kill('SIGTERM');
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
api.on('exit', (code) => code && code !== 0 && console.error(`[maillage] l’API s’est arrêtée (code ${code})`));

import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  // `npm run dev`: Vite on 5173 forwards /api to the API process on PORT (default 3000).
  server: { proxy: { '/api': `http://localhost:${process.env.PORT ?? 3000}` } },
  // PGlite (static demo) loads its own WebAssembly and data files: Vite must not pre-bundle it.
  optimizeDeps: { exclude: ['@electric-sql/pglite'] },
  build: { outDir: 'dist', sourcemap: false, chunkSizeWarningLimit: 1500 },
  test: {
    globals: true,
    globalSetup: ['tests/support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // PGlite runs on the main thread and needs ~0.5 GB per instance: keep to the machine's two cores.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        // Pure functions: one module graph per worker instead of one per file (imports were most of their time).
        test: { name: 'unit', environment: 'node', include: ['tests/unit/**/*.test.ts'], isolate: false },
      },
      {
        extends: true,
        test: { name: 'node', environment: 'node', include: ['tests/api/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'app',
          environment: 'happy-dom',
          // Rendering the whole app through msw and PGlite is slow on 2 busy cores: time, not logic.
          testTimeout: 90_000,
          include: ['tests/app/**/*.test.tsx'],
          // preload-screens: the lazy chunks' modules loaded before the tests, not inside a findBy's 10 s.
          setupFiles: ['tests/support/app-setup.ts', 'tests/app/preload-screens.ts'],
          // Files share each worker's modules (react-admin, MUI, the screens: evaluated once per worker, not
          // once per file: the app project took half the time on the loaded machine); each file still gets
          // a fresh happy-dom window, its own database and msw server, and app-setup unmounts after each test.
          isolate: false,
        },
      },
    ],
  },
});

import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// react-admin's search inputs debounce by 500 ms; lists load through msw and the real server app.
configure({ asyncUtilTimeout: 10_000 });

// testing-library registers its own cleanup when first imported; with modules shared between test files
// (isolate: false) that happens in the first file only: unmount after every test of every file.
afterEach(() => cleanup());

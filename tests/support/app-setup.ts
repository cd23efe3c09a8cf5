import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/react';

// react-admin's search inputs debounce by 500 ms; lists load through msw and the real server app.
configure({ asyncUtilTimeout: 10_000 });

import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    // Many tests run the built binary as a child process or in a pseudo-terminal; on a loaded
    // 2-core CI machine one of those can take several seconds. Speed is measured in `npm run bench`.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});

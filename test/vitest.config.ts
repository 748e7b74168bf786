import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

// Projects, cheapest first. `include` lives only in the projects: with `extends: true` a root
// include would be concatenated into each of them.
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/core/**/*.test.ts', 'test/build/**/*.test.ts'] } },
      { extends: true, test: { name: 'runtime', include: ['test/runtime/**/*.test.ts'] } },
      { extends: true, test: { name: 'bundle', include: ['test/bundle/**/*.test.ts'], testTimeout: 60_000 } },
      {
        extends: true,
        test: { name: 'browser', include: ['test/browser/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 60_000, fileParallelism: false },
      },
    ],
  },
});

import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

// Projects, cheapest first. `include` lives only in the projects: with `extends: true` a root
// include would be concatenated into each of them.
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/core/**/*.test.ts', 'test/server/**/*.test.ts', 'test/build/**/*.test.ts'] } },
      { extends: true, test: { name: 'runtime', include: ['test/runtime/**/*.test.ts'] } },
      // The same fidelity tests, called from a vm realm through the membrane as the add-on calls
      // them (test/runtime/realm.ts): a service that works for Node's arrays but not the bundle's fails here.
      {
        extends: true,
        test: {
          name: 'runtime-bundle-realm',
          include: ['test/runtime/spreadsheet/*.test.ts', 'test/runtime/services/*.test.ts'],
          env: { OPS_DESK_REALM: 'bundle' },
        },
      },
      { extends: true, test: { name: 'bundle', include: ['test/bundle/**/*.test.ts'], testTimeout: 60_000 } },
      {
        extends: true,
        test: { name: 'browser', include: ['test/browser/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 60_000, fileParallelism: false },
      },
    ],
  },
});

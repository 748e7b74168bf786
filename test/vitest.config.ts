import { configDefaults, defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

// Projects, cheapest first. `include` lives only in the projects: with `extends: true` a root
// include would be concatenated into each of them.

/** Tests of the build that read what it wrote (dist/): they run after it, with the bundle's tests. */
const READS_DIST = ['test/build/build.test.ts', 'test/build/wrappers.test.ts'];

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/core/**/*.test.ts', 'test/build/**/*.test.ts', 'test/sidebar/**/*.test.ts'], exclude: [...configDefaults.exclude, ...READS_DIST] },
      },
      { extends: true, test: { name: 'runtime', include: ['test/runtime/**/*.test.ts'] } },
      // The same fidelity tests, called from a vm realm through the membrane as the add-on calls
      // them (test/runtime/realm.ts): a service that works for Node's arrays but not the bundle's fails here.
      {
        extends: true,
        test: {
          name: 'runtime-bundle-realm',
          include: ['test/runtime/spreadsheet/*.test.ts', 'test/runtime/services/*.test.ts', 'test/runtime/workbook-file.test.ts'],
          env: { OPS_DESK_REALM: 'bundle' },
        },
      },
      // The built add-on in the runtime: the server's modules (test/server mirrors src/server), the
      // runner (test/local) and the build's output.
      {
        extends: true,
        test: {
          name: 'bundle',
          include: ['test/bundle/**/*.test.ts', 'test/server/**/*.test.ts', 'test/local/**/*.test.ts', ...READS_DIST],
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: { name: 'browser', include: ['test/browser/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 60_000, fileParallelism: false },
      },
    ],
  },
});

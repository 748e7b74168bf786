/** The architecture's boundaries that lint enforces (build/eslint.config.js), on small sources. */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../runtime/repo-root';

const eslint = new ESLint({ cwd: repoRoot(), overrideConfigFile: 'build/eslint.config.js' });

/** The messages lint gives `code` as if it were the file at `path`. */
async function lint(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path });
  return result.messages.map((m) => m.message);
}

describe('lint', () => {
  it('refuses google.script.run in the sidebar outside rpc.ts, even declared', async () => {
    const code = 'declare const google: { script: { run: { calculate(): void } } };\ngoogle.script.run.calculate();\n';
    expect(await lint('src/sidebar/main.ts', code)).toEqual([
      'Call the server with run() from src/sidebar/rpc.ts: its targets are typed by the registry.',
      'Call the server with run() from src/sidebar/rpc.ts: its targets are typed by the registry.',
    ]);
  });

  it('lets rpc.ts reach google.script.run', async () => {
    const code = 'declare const google: { script: { run: { calculate(): void } } };\nexport const call = () => google.script.run.calculate();\n';
    expect(await lint('src/sidebar/rpc.ts', code)).toEqual([]);
  });

  it('refuses an Apps Script service in the core', async () => {
    expect(await lint('src/core/values/x.ts', 'export const zone = () => Session.getScriptTimeZone();\n')).toEqual(['Unexpected use of \'Session\'. Only src/server may call Apps Script services.']);
  });
});

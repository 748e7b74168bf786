import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { discoverCustomFunctions } from '../runtime/local-addon';
import { repoRoot } from '../runtime/repo-root';
import { distFile, loadAddon } from '../bundle/load';
import { FORMULAS } from '../../src/core/formulas/catalog';
import { SERVER_GLOBALS } from '../../src/server/globals';

const code = distFile('Code.js');

describe('dist/Code.js', () => {
  it('defines exactly the registry names as globals, plus the OpsDesk namespace', () => {
    const addon = loadAddon();
    const expected = [...SERVER_GLOBALS.map((g) => g.name), ...FORMULAS.map((f) => f.name)].sort();
    expect(addon.globalNames().sort()).toEqual(expected);
    const topLevelVars = [...code.matchAll(/^(?:var|let|const) (\w+)/gm)].map((m) => m[1]);
    expect(topLevelVars).toEqual(['OpsDesk']);
  });

  it('puts each custom function directly under a JSDoc block with @customfunction and its parameter names', () => {
    const found = discoverCustomFunctions(code);
    expect(found.map((f) => f.name).sort()).toEqual(FORMULAS.map((f) => f.name).sort());
    for (const f of FORMULAS) {
      const stub = found.find((x) => x.name === f.name);
      expect(stub?.params).toEqual(f.params.map((p) => p.name));
    }
  });

  it('documents every parameter of a custom function with @param in the JSDoc Sheets reads', () => {
    const doc = /\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*\nfunction DAYS_OF_STOCK\(/.exec(code)?.[1] ?? '';
    expect(doc).toMatch(/@param \{[^}]+\} available .+Example: C2:C/);
    expect(doc).toMatch(/@param \{[^}]+\} daily_sales /);
    expect(doc).toContain('可售天数');
  });

  it('keeps server globals as plain wrappers that hand all their arguments to the namespace', () => {
    for (const { name } of SERVER_GLOBALS) {
      expect(code).toContain(`\nfunction ${name}() {\n  return OpsDesk.GLOBALS.${name}.apply(null, arguments);\n}`);
    }
  });

  it('contains no syntax Apps Script V8 rejects (class fields, private names, static blocks, modules)', () => {
    const source = ts.createSourceFile('Code.js', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
    const rejected: string[] = [];
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyDeclaration(node) || ts.isClassStaticBlockDeclaration(node) || ts.isPrivateIdentifier(node)) {
        rejected.push(`${ts.SyntaxKind[node.kind]}: ${node.getText().slice(0, 60)}`);
      }
      if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node) || ts.isExportAssignment(node)) rejected.push(node.getText().slice(0, 60));
      ts.forEachChild(node, visit);
    };
    visit(source);
    expect(rejected).toEqual([]);
  });

  it('contains no test-only code (HyperFormula is GPL and test-only)', () => {
    expect(code).not.toMatch(/hyperformula|handsoncode|vitest|playwright/i);
  });

  it('runs no service at top level: loading the bundle makes no service call', () => {
    const addon = loadAddon();
    expect(addon.kernel.allCalls).toEqual([]);
  });
});

describe('dist/Sidebar.html', () => {
  const html = distFile('Sidebar.html');

  it('is self-contained: CSS and JS inline, no external URL', () => {
    expect(html).toMatch(/<style>[^<]{200,}<\/style>/);
    expect(html).not.toMatch(/(?:src|href)\s*=\s*["']?(?:https?:)?\/\//i);
    expect(html).not.toMatch(/@import|url\(\s*["']?https?:/i);
    expect(html).not.toContain('/*INLINE_');
  });

  it('is an HtmlService template that inlines the first state', () => {
    expect(html).toContain('<?!= boot ?>');
  });
});

describe('dist/appsscript.json', () => {
  const manifest = JSON.parse(distFile('appsscript.json')) as Record<string, unknown>;

  it('runs on V8 with Stackdriver logging and a time zone', () => {
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.exceptionLogging).toBe('STACKDRIVER');
    expect(typeof manifest.timeZone).toBe('string');
  });

  it('asks for exactly the four narrow scopes the code uses', () => {
    expect(manifest.oauthScopes).toEqual([
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
      'https://www.googleapis.com/auth/script.container.ui',
      'https://www.googleapis.com/auth/script.scriptapp',
      'https://www.googleapis.com/auth/userinfo.email',
    ]);
  });
});

describe('clasp', () => {
  it('would push exactly the three dist/ files', () => {
    // clasp 3 answers `status` offline, with no login, from .clasp.json alone.
    const out = execFileSync(join(repoRoot(), 'node_modules/.bin/clasp'), ['status', '--json'], {
      cwd: repoRoot(),
      env: { ...process.env, HOME: mkdtempSync(join(tmpdir(), 'clasp-home-')) },
      encoding: 'utf8',
    });
    const status = JSON.parse(out) as { filesToPush: string[]; untrackedFiles: string[] };
    expect(status.filesToPush.sort()).toEqual(['dist/Code.js', 'dist/Sidebar.html', 'dist/appsscript.json']);
    expect(status.untrackedFiles).toEqual([]);
  });
});

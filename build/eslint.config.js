// Lint: typescript-eslint's recommended rules, plus the architecture's boundaries —
// core touches no Apps Script service, the sidebar calls the server only through rpc.run, and
// triggers are created only through the registry-typed newTrigger().
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const APPS_SCRIPT_SERVICES = [
  'SpreadsheetApp', 'PropertiesService', 'CacheService', 'LockService', 'ScriptApp', 'HtmlService',
  'Session', 'Utilities', 'UrlFetchApp', 'Logger', 'DriveApp', 'GmailApp', 'MailApp',
].map((name) => ({ name, message: 'Only src/server may call Apps Script services.' }));

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test/.artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', { selector: "CallExpression[callee.name='setTimeout']", message: 'Apps Script has no setTimeout.' }],
    },
  },
  { files: ['src/core/**/*.ts', 'src/sidebar/**/*.ts'], rules: { 'no-restricted-globals': ['error', ...APPS_SCRIPT_SERVICES] } },
  {
    // google.script.run is reached only through run() of rpc.ts, which the registry types.
    files: ['src/sidebar/**/*.ts'],
    ignores: ['src/sidebar/rpc.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.name='setTimeout']", message: 'Apps Script has no setTimeout.' },
        { selector: "Identifier[name='google']", message: 'Call the server with run() from src/sidebar/rpc.ts: its targets are typed by the registry.' },
      ],
    },
  },
  {
    // A trigger's handler is typed by the registry only through src/server/triggers.ts.
    files: ['src/**/*.ts'],
    ignores: ['src/server/triggers.ts'],
    rules: {
      'no-restricted-properties': ['error', { object: 'ScriptApp', property: 'newTrigger', message: 'Use newTrigger() from src/server/triggers.ts: its handler must be a registry trigger.' }],
    },
  },
  {
    files: ['test/**/*.ts', 'build/**/*.{js,mjs}'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly' } },
    rules: { 'no-restricted-syntax': 'off', '@typescript-eslint/no-explicit-any': 'off' },
  },
);

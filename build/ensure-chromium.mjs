// The browser tests drive Debian's Chromium (never a downloaded browser: there is no internet).
// This makes sure it is there: it installs the `chromium` package when running as root with apt,
// and otherwise stops with a message that says how. CHROMIUM_PATH overrides /usr/bin/chromium.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (existsSync(path)) process.exit(0);

const how = 'Install it with: sudo apt-get update && sudo apt-get install -y chromium (or set CHROMIUM_PATH to a Chromium binary).';
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot || !existsSync('/usr/bin/apt-get') || process.env.CHROMIUM_PATH) {
  console.error(`Chromium not found at ${path}; the browser tests need it.\n${how}`);
  process.exit(1);
}
console.log('Chromium is missing: installing Debian\'s chromium package (about 20 s)…');
try {
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
} catch {
  console.error(`Installing Chromium failed.\n${how}`);
  process.exit(1);
}
if (!existsSync(path)) {
  console.error(`apt-get finished but ${path} is still missing.\n${how}`);
  process.exit(1);
}

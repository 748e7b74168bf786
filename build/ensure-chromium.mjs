// The browser tests drive Debian's Chromium (never a downloaded browser: there is no internet),
// and the sidebar's screenshots need Chinese glyphs (Debian's fonts-wqy-microhei). This makes sure
// both are there: it installs the missing packages when running as root with apt, and otherwise
// stops with a message that says how. CHROMIUM_PATH overrides /usr/bin/chromium.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const FONT = '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc';
const missing = [];
if (!existsSync(path) && !process.env.CHROMIUM_PATH) missing.push('chromium');
if (!existsSync(FONT)) missing.push('fonts-wqy-microhei');
if (existsSync(path) && missing.length === 0) process.exit(0);

const how = `Install it with: sudo apt-get update && sudo apt-get install -y chromium fonts-wqy-microhei (or set CHROMIUM_PATH to a Chromium binary).`;
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!existsSync(path) && process.env.CHROMIUM_PATH) {
  console.error(`Chromium not found at ${path}; the browser tests need it.\n${how}`);
  process.exit(1);
}
if (!isRoot || !existsSync('/usr/bin/apt-get')) {
  if (!existsSync(path)) {
    console.error(`Chromium not found at ${path}; the browser tests need it.\n${how}`);
    process.exit(1);
  }
  // Chromium is there; without the font the screenshots show boxes for Chinese, the tests still run.
  console.warn(`The font for Chinese text (fonts-wqy-microhei) is missing: screenshots will show boxes.\n${how}`);
  process.exit(0);
}
console.log(`Installing Debian's ${missing.join(' and ')} for the browser tests (about 20 s)…`);
try {
  execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${missing.join(' ')}`, { stdio: 'inherit' });
} catch {
  console.error(`Installing ${missing.join(' and ')} failed.\n${how}`);
  process.exit(1);
}
if (!existsSync(path)) {
  console.error(`apt-get finished but ${path} is still missing.\n${how}`);
  process.exit(1);
}

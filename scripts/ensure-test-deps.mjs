#!/usr/bin/env node
// Installs the Debian packages the test suite drives for real (a browser, PDF and barcode
// tools, fonts) when they are missing. Part of `npm test`, so one command sets up a fresh machine.
// `ensure-test-deps.mjs bench` installs the benchmarks' load generator (wrk) instead; without it
// (not root, no apt) `npm run bench` still runs, on autocannon, and says so.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const forBench = process.argv[2] === 'bench';
const NEEDED = forBench
  ? [{ pkg: 'wrk', file: '/usr/bin/wrk' }]
  : [
      { pkg: 'chromium', file: '/usr/bin/chromium' },
      { pkg: 'poppler-utils', file: '/usr/bin/pdftotext' },
      { pkg: 'zbar-tools', file: '/usr/bin/zbarimg' },
      { pkg: 'fonts-dejavu-core', file: '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf' },
    ];

const missing = NEEDED.filter((n) => !existsSync(n.file)).map((n) => n.pkg);
if (missing.length === 0) process.exit(0);

const isRoot = process.getuid?.() === 0;
if (!isRoot || !existsSync('/usr/bin/apt-get')) {
  console.error(
    `The ${forBench ? 'benchmarks' : 'tests'} need these Debian packages: ${missing.join(' ')}\n` +
      `Install them with: sudo apt-get install -y ${missing.join(' ')}`,
  );
  process.exit(forBench ? 0 : 1);
}
console.log(`Installing ${forBench ? 'benchmark' : 'test'} dependencies: ${missing.join(' ')}`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { stdio: 'inherit', env });

// Builds the web app into web/dist unless the build there was made from the same sources.
// `npm start` and the browser tests run it, so a fresh clone needs no extra step and a
// restart does not rebuild.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const inputs = ['web/index.html', 'web/src', 'vite.config.ts', 'package-lock.json'];
const stampFile = 'web/dist/.source-hash';

function hashOf(path, hash) {
  if (statSync(path).isDirectory()) {
    for (const entry of readdirSync(path).sort()) hashOf(join(path, entry), hash);
  } else {
    hash.update(path).update(readFileSync(path));
  }
  return hash;
}

const hash = inputs
  .filter(existsSync)
  .reduce((h, p) => hashOf(p, h), createHash('sha256'))
  .digest('hex');
if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === hash && !process.argv.includes('--force')) {
  process.exit(0);
}
console.log('Building the web app…');
// Always a production bundle: Vite takes NODE_ENV from the environment when it is set, and the
// browser tests run under vitest (NODE_ENV=test), which would ship React's and antd's
// development warnings and checks.
const result = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], {
  stdio: 'inherit',
  env: { ...process.env, NODE_ENV: 'production' },
});
if (result.status !== 0) process.exit(result.status ?? 1);
writeFileSync(stampFile, hash);

#!/usr/bin/env node
// Runs a command with a Node.js that Astro accepts (package.json's engines).
// With an older Node (Debian and Ubuntu ship 18 or 20), it fetches the Node of
// .nvmrc (the project's one statement of its Node version, which CI's
// setup-node reads too) from the npm registry once, into a cache folder, says
// so in one line, and runs the command with that Node first on PATH. Plain
// JavaScript on purpose: this file must run on the old Node it replaces. Used
// by `npm start`, `npm test` and .ci/run.
//
//   node scripts/current-node.mjs <command> [args…]
//
// NODE24_PREFIX (NODE<version of .nvmrc>_PREFIX) overrides the cache folder (default ~/.cache/node24).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUILD_ENV } from './build-env.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
/** The Node the project runs on: its major version, from .nvmrc. */
const WANTED = readFileSync(path.join(root, '.nvmrc'), 'utf8').trim().replace(/^v/, '');
/** The oldest Node Astro accepts, from package.json's engines (">=22.12"). */
const MINIMUM = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'))
  .engines.node.replace(/^>=\s*/, '')
  .split('.')
  .map(Number);
const minimumText = MINIMUM.join('.');

function isCurrent(version) {
  const [major, minor] = version.replace(/^v/, '').split('.').map(Number);
  return major > MINIMUM[0] || (major === MINIMUM[0] && minor >= (MINIMUM[1] ?? 0));
}

function nodeVersionIn(bin) {
  const node = path.join(bin, 'node');
  if (!existsSync(node)) return undefined;
  try {
    return execFileSync(node, ['--version'], { encoding: 'utf8' }).trim();
  } catch {
    return undefined;
  }
}

const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error('usage: node scripts/current-node.mjs <command> [args…]');
  process.exit(2);
}

const env = { ...BUILD_ENV, ...process.env };
if (!isCurrent(process.version)) {
  const prefix = process.env[`NODE${WANTED}_PREFIX`] || path.join(process.env.XDG_CACHE_HOME || path.join(homedir(), '.cache'), `node${WANTED}`);
  const bin = path.join(prefix, 'node_modules', '.bin');
  let cachedVersion = nodeVersionIn(bin);
  if (!cachedVersion || !isCurrent(cachedVersion)) {
    console.error(`Node ${process.version} is too old for Astro 7 (it needs ${minimumText} or newer): fetching Node ${WANTED} from the npm registry into ${prefix}.`);
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const install = spawnSync(npm, ['install', '--prefix', prefix, '--no-save', '--no-audit', '--no-fund', '--loglevel=error', `node@${WANTED}`], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    cachedVersion = nodeVersionIn(bin);
    if (install.status !== 0 || !cachedVersion) {
      console.error(`Could not fetch Node ${WANTED}. Install Node.js ${minimumText} or newer (https://nodejs.org/) and run the command again.`);
      process.exit(1);
    }
  } else {
    console.error(`Node ${process.version} is too old for Astro 7: using Node ${cachedVersion} from ${prefix}.`);
  }
  env.PATH = `${bin}${path.delimiter}${env.PATH ?? ''}`;
}

const result = spawnSync(command, args, { stdio: 'inherit', env, shell: process.platform === 'win32' });
if (result.error) {
  console.error(`${command}: ${result.error.message}`);
  process.exit(1);
}
process.exit(result.status ?? 1);

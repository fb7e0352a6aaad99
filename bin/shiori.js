#!/usr/bin/env node
/**
 * `shiori <command>`: the one entry point of the package (`npm run ask` and `npm start` come
 * here too). It runs the compiled JavaScript in dist/ when that is at least as new as the
 * sources; when the sources changed since (development), it runs them through tsx if tsx is
 * installed, else compiles them first. `shiori build` compiles (what `npm ci` runs as `prepare`).
 *
 * Plain JavaScript on purpose: it must run before anything is compiled.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SRC = path.join(ROOT, 'src');
const DIST = path.join(ROOT, 'dist');
/** Written after a successful build: dist is as new as the sources it was compiled from. */
const STAMP = path.join(DIST, '.built');
const require = createRequire(import.meta.url);

/** Commands and the file under cli/ that runs each. */
const COMMANDS = {
  ask: 'ask',
  start: 'start',
  'start-sharded': 'start-sharded',
  'build-index': 'build-index',
  'deploy-commands': 'deploy-commands',
  metric: 'metric',
  quiz: 'quiz',
  report: 'report',
  backup: 'backup',
};

const USAGE = `使い方 / usage: shiori <command> [options]
  ${Object.keys(COMMANDS).join(', ')}, build
例 / e.g.: shiori ask "アントの延滞率は？"`;

function resolvable(name) {
  try {
    require.resolve(name);
    return true;
  } catch {
    return false;
  }
}

/** The newest modification time among the sources and the settings that shape the build. */
function newestSourceTime() {
  let newest = 0;
  const visit = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) visit(file);
      else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(file).mtimeMs);
    }
  };
  if (existsSync(SRC)) visit(SRC);
  for (const file of ['tsconfig.json', 'tsconfig.build.json', 'package.json']) {
    const full = path.join(ROOT, file);
    if (existsSync(full)) newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

/** dist/ holds a build of the current sources (or there are no sources to compare with). */
function distIsCurrent() {
  if (!existsSync(STAMP)) return false;
  if (!existsSync(SRC)) return true;
  return statSync(STAMP).mtimeMs >= newestSourceTime();
}

/** Compile src/ into dist/ with the TypeScript compiler; returns whether it worked. */
function build({ quiet = false } = {}) {
  const tsc = require.resolve('typescript/bin/tsc');
  const result = spawnSync(process.execPath, [tsc, '-p', path.join(ROOT, 'tsconfig.build.json')], { cwd: ROOT, stdio: quiet ? 'pipe' : 'inherit' });
  if (result.status !== 0) {
    if (quiet) process.stderr.write(`${result.stdout ?? ''}${result.stderr ?? ''}`);
    return false;
  }
  writeFileSync(STAMP, `${new Date().toISOString()}\n`);
  return true;
}

async function main() {
  const [command, ...rest] = process.argv.slice(2);
  if (command === 'build') {
    // `prepare` runs this on every `npm ci`, including where TypeScript is not installed
    // (`npm ci --ignore-scripts` was not used, but a trimmed install may lack it): say so, do not fail.
    if (!resolvable('typescript/bin/tsc')) {
      console.error('TypeScript が見つからないため、ビルドを省きました。 / TypeScript is not installed: build skipped.');
      return 0;
    }
    return build() ? 0 : 1;
  }
  const file = command === undefined ? undefined : COMMANDS[command];
  if (file === undefined) {
    console.error(command === undefined || command === '--help' || command === '-h' ? USAGE : `不明なコマンドです / unknown command: ${command}\n${USAGE}`);
    return command === '--help' || command === '-h' ? 0 : 2;
  }
  // What the command's own argument parsing reads: as if it had been started directly.
  let entry;
  if (distIsCurrent()) {
    entry = path.join(DIST, 'cli', `${file}.js`);
  } else if (existsSync(SRC) && resolvable('tsx/esm/api')) {
    // Development: the sources changed since the last build; run them as they are.
    const { register } = await import('tsx/esm/api');
    register();
    entry = path.join(SRC, 'cli', `${file}.ts`);
  } else if (existsSync(SRC) && resolvable('typescript/bin/tsc')) {
    console.error('ビルドしています… / building…');
    if (!build({ quiet: true })) return 1;
    entry = path.join(DIST, 'cli', `${file}.js`);
  } else if (existsSync(path.join(DIST, 'cli', `${file}.js`))) {
    entry = path.join(DIST, 'cli', `${file}.js`);
  } else {
    console.error('Shiori がビルドされていません。`npm run build` を実行してください。 / Shiori is not built: run `npm run build`.');
    return 1;
  }
  // Which file runs, for tests and for a person wondering whether their change is being run.
  if (process.env.SHIORI_SHOW_ENTRY) console.error(`shiori: ${path.relative(ROOT, entry)}`);
  process.argv = [process.argv[0], entry, ...rest];
  await import(pathToFileURL(entry).href);
  return undefined;
}

const code = await main();
if (code !== undefined) process.exitCode = code;

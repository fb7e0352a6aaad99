#!/usr/bin/env node
/**
 * The Dockerfile checked where no Docker engine runs (CI here has the client only, and no registry
 * to pull node images from). Three things:
 *
 * 1. Lint: dockerfile-utils (the validator behind VS Code's Dockerfile support) must report nothing.
 * 2. Replay: each stage becomes a folder. Its COPY instructions are carried out from the build context
 *    (the tracked files less .dockerignore, as a clean clone sends them) or from an earlier stage.
 *    The project's own RUN steps (npm, node, mkdir) run in that folder with the stage's ENV. System
 *    steps (apt-get, chown) are listed and skipped: the machine has the compilers, and chown needs
 *    the image's user. So a file the image needs but the Dockerfile forgets to copy fails here.
 * 3. The final stage is used as the image would be: USER is not root, every VOLUME exists, the CMD's
 *    script answers a question (`ask`), and the CMD itself stops on the missing token with its own
 *    message, not a missing module. compose.yaml must build this folder and mount only declared
 *    volumes.
 *
 * Usage: node .ci/dockerfile-replay.mjs   (from the project root; exits 1 on any failure)
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DockerfileParser } from 'dockerfile-ast';
import { validate } from 'dockerfile-utils';
import { parse as parseYaml } from 'yaml';

const root = process.cwd();
const dockerfile = readFileSync(path.join(root, 'Dockerfile'), 'utf8');
const failures = [];
const fail = (message) => failures.push(message);
const say = (message) => console.log(`[docker] ${message}`);

// 1. Lint.
for (const diagnostic of validate(dockerfile)) {
  fail(`Dockerfile line ${diagnostic.range.start.line + 1}: ${diagnostic.message}`);
}

// The build context: what a clean clone holds, less what .dockerignore leaves out (Docker's rule:
// a pattern matches a path or any folder above it; later lines win; `!` re-includes).
const ignoreRules = readFileSync(path.join(root, '.dockerignore'), 'utf8')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line && !line.startsWith('#'))
  .map((line) => {
    const negate = line.startsWith('!');
    const pattern = line.replace(/^!/, '').replace(/^\/+|\/+$/g, '');
    const source = pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^/]*');
    return { negate, match: new RegExp(`^${source}(/.*)?$`) };
  });
const ignored = (file) => ignoreRules.reduce((out, rule) => (rule.match.test(file) ? !rule.negate : out), false);
const context = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' })
  .split('\0')
  .filter((file) => file && !ignored(file));

const work = mkdtempSync(path.join(tmpdir(), 'shiori-docker-'));
const stages = new Map();
let stage;

/** A path inside the image's filesystem (absolute, or relative to WORKDIR) as a path in the stage's folder. */
const inStage = (target, dest) => {
  const absolute = path.posix.resolve(target.workdir, dest);
  return path.join(target.dir, absolute);
};

function copyFromContext(source, destination) {
  const prefix = source.replace(/^\.\/|\/$/g, '');
  const files = context.filter((file) => file === prefix || file.startsWith(`${prefix}/`));
  if (files.length === 0) fail(`COPY ${source}: not in the build context (missing, untracked or in .dockerignore)`);
  const isFile = files.length === 1 && files[0] === prefix;
  for (const file of files) {
    const into = isFile ? (destination.endsWith('/') ? path.join(destination, path.basename(file)) : destination) : path.join(destination, path.relative(prefix, file));
    mkdirSync(path.dirname(into), { recursive: true });
    cpSync(path.join(root, file), into);
  }
}

function run(command) {
  const steps = command.split('&&').map((part) => part.trim());
  for (const step of steps) {
    const program = step.split(/\s+/)[0];
    if (!['npm', 'node', 'mkdir'].includes(program)) {
      say(`  skipped (system step): ${step}`);
      continue;
    }
    say(`  RUN ${step}`);
    const result = spawnSync('bash', ['-c', step], { cwd: inStage(stage, '.'), stdio: 'inherit', env: { ...process.env, ...stage.env } });
    if (result.status !== 0) {
      fail(`RUN ${step}: exit ${result.status}`);
      return;
    }
  }
}

// 2. Replay.
const parsed = DockerfileParser.parse(dockerfile);
for (const instruction of parsed.getInstructions()) {
  const keyword = instruction.getKeyword();
  const args = instruction.getArguments().map((arg) => arg.getValue());
  const content = instruction.getArgumentsContent() ?? '';
  if (keyword === 'FROM') {
    const name = args[2] ?? String(stages.size);
    stage = { name, dir: path.join(work, name), workdir: '/', env: {}, user: 'root', volumes: [], cmd: undefined };
    mkdirSync(stage.dir, { recursive: true });
    stages.set(name, stage);
    say(`stage ${name} (${args[0]})`);
  } else if (!stage) {
    continue; // ARG before the first FROM
  } else if (keyword === 'WORKDIR') {
    stage.workdir = path.posix.resolve(stage.workdir, args[0]);
    mkdirSync(inStage(stage, '.'), { recursive: true });
  } else if (keyword === 'ENV') {
    for (const pair of args) {
      const [key, ...value] = pair.split('=');
      stage.env[key] = value.join('=');
    }
  } else if (keyword === 'COPY') {
    const from = instruction.getFromFlag?.()?.getValue();
    const paths = args.filter((arg) => !arg.startsWith('--'));
    const destination = inStage(stage, paths.at(-1));
    for (const source of paths.slice(0, -1)) {
      if (from === undefined) copyFromContext(source, paths.at(-1).endsWith('/') ? `${destination}/` : destination);
      else {
        const earlier = stages.get(from);
        const origin = earlier && inStage(earlier, source);
        if (!origin || !existsSync(origin)) fail(`COPY --from=${from} ${source}: the stage has no such path`);
        else cpSync(origin, destination, { recursive: true, verbatimSymlinks: true });
      }
    }
  } else if (keyword === 'RUN') {
    run(content);
  } else if (keyword === 'USER') {
    stage.user = args[0];
  } else if (keyword === 'VOLUME') {
    stage.volumes = content.trim().startsWith('[') ? JSON.parse(content) : args;
  } else if (keyword === 'CMD') {
    stage.cmd = JSON.parse(content);
  }
  if (failures.length > 0) break;
}

// 3. The final stage as an image.
const image = stage;
if (failures.length === 0) {
  if (image.user === 'root' || image.user === '0') fail('the image runs as root');
  for (const volume of image.volumes) {
    const folder = path.join(image.dir, volume);
    if (!existsSync(folder) || !statSync(folder).isDirectory()) fail(`VOLUME ${volume} is not a folder of the image`);
  }
  const [program, script, ...rest] = image.cmd ?? [];
  if (program !== 'node' || !script || !existsSync(inStage(image, script))) fail(`CMD ${JSON.stringify(image.cmd)}: not a node script of the image`);
  else {
    const env = { ...process.env, ...image.env };
    delete env.DISCORD_TOKEN;
    delete env.DISCORD_APPLICATION_ID;
    const cwd = inStage(image, '.');
    const ask = spawnSync(program, [script, 'ask', '--json', 'アントの延滞率は？'], { cwd, env, encoding: 'utf8' });
    try {
      const answer = JSON.parse(ask.stdout);
      if (!answer.confident || !answer.results[0].quote.includes('延滞率')) fail(`ask in the image: not the expected answer: ${ask.stdout.slice(0, 200)}`);
      else say(`ask in the image: ${answer.results[0].quote.slice(0, 40)}`);
    } catch {
      fail(`ask in the image failed (exit ${ask.status}): ${ask.stderr.slice(0, 400)}`);
    }
    const start = spawnSync(program, [script, ...rest], { cwd, env, encoding: 'utf8', timeout: 60_000 });
    const log = `${start.stdout}${start.stderr}`;
    if (start.status === 0 || /ERR_MODULE_NOT_FOUND|Cannot find (module|package)/.test(log) || !log.includes('DISCORD_TOKEN')) {
      fail(`CMD in the image did not reach its settings check (exit ${start.status}):\n${log.slice(0, 600)}`);
    } else say(`CMD ${image.cmd.join(' ')}: stops on the missing DISCORD_TOKEN, as it should without settings`);
    for (const dev of ['tsx', 'vitest', 'eslint']) if (existsSync(path.join(cwd, 'node_modules', dev))) fail(`the image holds the dev package ${dev}`);
  }
}

// compose.yaml: builds this folder, mounts only what the image declares as volumes (known once the
// replay got through).
const compose = parseYaml(readFileSync(path.join(root, 'compose.yaml'), 'utf8'));
for (const [name, service] of failures.length > 0 ? [] : Object.entries(compose.services ?? {})) {
  const build = typeof service.build === 'string' ? service.build : service.build?.context;
  if (build !== '.') fail(`compose service ${name}: builds ${build}, not this folder`);
  for (const volume of service.volumes ?? []) {
    const [source, target] = String(volume).split(':');
    if (!image?.volumes.includes(target)) fail(`compose service ${name}: mounts ${target}, not a VOLUME of the image`);
    if (!source.startsWith('.') && !source.startsWith('/') && !(source in (compose.volumes ?? {}))) fail(`compose service ${name}: volume ${source} is not declared`);
  }
  for (const file of [service.env_file ?? []].flat()) {
    if (!existsSync(path.join(root, `${file}.example`)) && !existsSync(path.join(root, file))) fail(`compose service ${name}: env_file ${file} has no ${file}.example to start from`);
  }
}

rmSync(work, { recursive: true, force: true });
if (failures.length > 0) {
  for (const failure of failures) console.error(`[docker] FAIL ${failure}`);
  process.exit(1);
}
say('Dockerfile lint clean; its stages replayed; the image answers and starts as far as its settings; compose.yaml matches');

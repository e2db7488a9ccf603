'use strict';
// Drives the real Claude Code client (pinned in ../package.json) headless against a local fake
// Messages API (./fake-api.js) through tiergate's Claude Code hooks, and checks on the wire what
// reached "the model".
//
//   cd integrations/claude-code && npm ci && npm test
//
// TIERGATE_BIN: the tiergate binary (default: target/debug/tiergate of this repository).
// CLAUDE_BIN:   the Claude Code binary (default: node_modules/.bin/claude here).
//
// Only loopback traffic: ANTHROPIC_BASE_URL points at the fake API, nonessential traffic and
// telemetry are off, and every run gets a fresh HOME so the user's ~/.claude is never touched.

const { test, describe, after } = require('node:test');
const assert = require('node:assert/strict');
const { spawn, spawnSync } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const fakeApi = require('./fake-api');

const TIERGATE = process.env.TIERGATE_BIN || path.resolve(__dirname, '../../../target/debug/tiergate');
const CLAUDE = process.env.CLAUDE_BIN || path.resolve(__dirname, '../node_modules/.bin/claude');
const RUN_TIMEOUT_MS = 60_000;

// Everything a run writes goes under one scratch folder, removed at the end: projects, HOMEs, and
// TMPDIR (Claude Code keeps per-project state in $TMPDIR/claude-UID/ and sockets in $TMPDIR/cc-socks/).
const SCRATCH = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'tg-cc-')));
const SCRATCH_TMP = path.join(SCRATCH, 'tmp');
fs.mkdirSync(SCRATCH_TMP);
const PROBE_HOME = path.join(SCRATCH, 'probe-home');
fs.mkdirSync(PROBE_HOME);
after(() => fs.rmSync(SCRATCH, { recursive: true, force: true }));

// ---------------------------------------------------------------------------------------------

function probe(cmd, args) {
  try {
    const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: 20_000, env: baseEnv(PROBE_HOME) });
    return { ok: r.status === 0, detail: r.error ? r.error.message : `exit ${r.status}: ${(r.stderr || '').trim().split('\n')[0]}` };
  } catch (e) {
    return { ok: false, detail: e.message };
  }
}

// Nothing is skipped: a client or a tiergate that cannot run fails the run, with what to do.
const claudeProbe = probe(CLAUDE, ['--version']);
if (!claudeProbe.ok) {
  throw new Error(`Claude Code not runnable at ${CLAUDE} (${claudeProbe.detail}); run \`npm ci\` in integrations/claude-code or set CLAUDE_BIN`);
}
const hookProbe = probe(TIERGATE, ['hook', '--help']);
if (!hookProbe.ok) {
  throw new Error(`\`${TIERGATE} hook --help\` failed (${hookProbe.detail}): build it (\`cargo build -p tiergate-cli\`) or set TIERGATE_BIN`);
}

// ---------------------------------------------------------------------------------------------
// Helpers.

function tempDir(prefix) {
  return fs.mkdtempSync(path.join(SCRATCH, prefix));
}

/** A fresh project folder and a fresh HOME for it. */
function makeProject(files = {}) {
  const project = tempDir('project-');
  const home = tempDir('home-');
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(project, name)), { recursive: true });
    fs.writeFileSync(path.join(project, name), text);
  }
  return { project, home };
}

/** A clean environment: nothing of the caller's Anthropic/Claude settings or proxies leaks in. */
function baseEnv(home) {
  const env = {
    PATH: `${path.dirname(TIERGATE)}${path.delimiter}${process.env.PATH || '/usr/bin:/bin'}`,
    HOME: home,
    XDG_CONFIG_HOME: path.join(home, '.config'),
    XDG_CACHE_HOME: path.join(home, '.cache'),
    XDG_DATA_HOME: path.join(home, '.local/share'),
    TMPDIR: SCRATCH_TMP,
    LANG: 'C.UTF-8',
  };
  return env;
}

function tiergate(args, { cwd, home }) {
  const r = spawnSync(TIERGATE, args, { cwd, env: baseEnv(home), encoding: 'utf8', timeout: 30_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, error: r.error };
}

function installHook({ project, home }, extra = []) {
  const r = tiergate(['hook', 'install', 'claude-code', '--scope', 'project', ...extra], { cwd: project, home });
  assert.equal(r.code, 0, `tiergate hook install failed (exit ${r.code}):\n${r.stdout}\n${r.stderr}`);
  return r;
}

/**
 * Runs `claude -p PROMPT ...args` in `project` against `api`; resolves to
 * {code, signal, stdout, stderr, ms, json} (json: the parsed stdout with --output-format json).
 */
function runClaude({ project, home, api, prompt, args = [], timeoutMs = RUN_TIMEOUT_MS }) {
  const env = {
    ...baseEnv(home),
    ANTHROPIC_BASE_URL: api.url,
    ANTHROPIC_API_KEY: 'sk-ant-dummy',
    CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: '1',
    DISABLE_TELEMETRY: '1',
    DISABLE_ERROR_REPORTING: '1',
    DISABLE_AUTOUPDATER: '1',
    NO_PROXY: '127.0.0.1,localhost',
  };
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(CLAUDE, ['-p', prompt, ...args], { cwd: project, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      let json = null;
      try {
        json = JSON.parse(stdout);
      } catch {
        /* text output */
      }
      resolve({ code, signal, stdout, stderr, ms: Date.now() - started, json });
    });
  });
}

/** Runs claude against a fresh fake API scripted with `replies`; closes the API afterwards. */
async function withApi(replies, fn) {
  const api = await fakeApi.start({ replies });
  try {
    return await fn(api);
  } finally {
    await api.close();
  }
}

function describeRun(run, api) {
  return `claude exit ${run.code} ${run.signal || ''} after ${run.ms} ms\nstdout: ${run.stdout}\nstderr: ${run.stderr}\nrequests: ${api.requests
    .map((r) => `${r.method} ${r.url}`)
    .join(', ')}`;
}

/** Every content block of every message the client sent, newest request last. */
function blocks(request) {
  const out = [];
  for (const m of (request.body && request.body.messages) || []) {
    if (typeof m.content === 'string') out.push({ role: m.role, type: 'text', text: m.content });
    else for (const b of m.content || []) out.push({ role: m.role, ...b });
  }
  return out;
}

function userTexts(requests) {
  return fakeApi
    .messageRequests(requests)
    .flatMap((r) => blocks(r))
    .filter((b) => b.role === 'user' && b.type === 'text')
    .map((b) => b.text);
}

function toolResults(requests, toolUseId) {
  const all = fakeApi.messageRequests(requests).flatMap((r) => blocks(r));
  return all.filter((b) => b.type === 'tool_result' && b.tool_use_id === toolUseId);
}

function toolResultText(result) {
  if (typeof result.content === 'string') return result.content;
  return (result.content || []).map((c) => c.text || '').join('');
}

/** Asserts no distinctive piece of `secret` (each line or token of 12+ characters) reached the API. */
function assertNeverSent(requests, secret, what) {
  const wire = fakeApi.allText(requests);
  const pieces = secret
    .split(/[\s]+/)
    .map((s) => s.trim())
    .filter((s) => s.length >= 12 && !/^-+(BEGIN|END)/.test(s));
  assert.ok(pieces.length > 0 || secret.length > 0);
  for (const piece of pieces.length ? pieces : [secret]) {
    assert.ok(!wire.includes(piece), `${what}: "${piece.slice(0, 24)}..." reached the API`);
  }
  // The same value JSON-escaped (as it would appear inside a string in the request body).
  const escaped = JSON.stringify(secret).slice(1, -1);
  assert.ok(!wire.includes(escaped), `${what} reached the API (JSON-escaped)`);
}

// ---------------------------------------------------------------------------------------------
// Test data, generated per run: nothing secret is committed.

/** A real (throwaway) RSA private key in PEM, `-----BEGIN RSA PRIVATE KEY-----`. */
function rsaKeyPem() {
  const { privateKey } = crypto.generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs1', format: 'pem' },
  });
  return privateKey;
}

/** An AWS-style key pair (not AWS's documentation example, which detectors rightly ignore). */
function awsKeys() {
  const b32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let id = 'AKIA';
  for (let i = 0; i < 16; i++) id += b32[crypto.randomInt(b32.length)];
  const secret = crypto.randomBytes(30).toString('base64').replace(/\+/g, 'p').slice(0, 40);
  return { id, secret };
}

// Personal data for a customer. Not example.org / 4111 1111 1111 1111: tiergate deliberately
// treats reserved example domains and well-known test card numbers as not personal data.
const CUSTOMER_EMAIL = 'jane.doe@northwind-traders.com';
const CUSTOMER_CARD = '4539 1488 0343 6467';

const PUBLIC_PROMPT = 'Summarise the benefits of unit tests in two sentences.';
const README_SENTENCE = 'Tiergate test fixture: the quick brown fox reads a public README 7731.';

// ---------------------------------------------------------------------------------------------
// The harness itself, with a hand-written hook: shows the fake API and the pinned client behave
// as the tiergate tests below assume. Needs only Claude Code.

describe('harness: fake API with the real client (hand-written hooks)', () => {
  function handHookProject(files = {}) {
    const p = makeProject(files);
    const dir = path.join(p.project, '.claude');
    fs.mkdirSync(dir, { recursive: true });
    const prompt = path.join(dir, 'prompt-hook.sh');
    fs.writeFileSync(
      prompt,
      '#!/bin/sh\ninput=$(cat)\ncase "$input" in *SECRET*) echo \'{"decision":"block","reason":"hand hook: prompt holds SECRET"}\';; esac\nexit 0\n',
      { mode: 0o755 },
    );
    const pre = path.join(dir, 'pre-hook.sh');
    fs.writeFileSync(
      pre,
      '#!/bin/sh\ninput=$(cat)\ncase "$input" in *id_rsa*) echo \'{"hookSpecificOutput":{"hookEventName":"PreToolUse","permissionDecision":"deny","permissionDecisionReason":"hand hook: key file"}}\';; esac\nexit 0\n',
      { mode: 0o755 },
    );
    fs.writeFileSync(
      path.join(dir, 'settings.json'),
      JSON.stringify({
        hooks: {
          UserPromptSubmit: [{ hooks: [{ type: 'command', command: prompt }] }],
          PreToolUse: [{ matcher: 'Read', hooks: [{ type: 'command', command: pre }] }],
        },
      }),
    );
    return p;
  }

  test('a public prompt reaches the API unchanged and the reply is printed', async () => {
    const p = handHookProject();
    await withApi([{ text: 'Fake answer 1.' }], async (api) => {
      const run = await runClaude({ ...p, api, prompt: PUBLIC_PROMPT });
      assert.equal(run.code, 0, describeRun(run, api));
      assert.match(run.stdout, /Fake answer 1\./);
      assert.ok(userTexts(api.requests).includes(PUBLIC_PROMPT), describeRun(run, api));
    });
  });

  test('a prompt blocked by a UserPromptSubmit hook never reaches the API', async () => {
    const p = handHookProject();
    await withApi([], async (api) => {
      const run = await runClaude({ ...p, api, prompt: 'My SECRET is zebra-cobalt-991' });
      assert.equal(run.code, 0, describeRun(run, api)); // Claude Code exits 0 on a blocked prompt
      assert.match(run.stdout, /blocked by hook/);
      assert.match(run.stdout, /hand hook: prompt holds SECRET/);
      assert.equal(fakeApi.messageRequests(api.requests).length, 0, describeRun(run, api));
      assert.ok(!fakeApi.allText(api.requests).includes('zebra-cobalt-991'));
    });
  });

  test('a Read tool_use is executed and its result sent back; a PreToolUse deny stops it', async () => {
    const key = rsaKeyPem();
    const p = handHookProject({ 'README.txt': `${README_SENTENCE}\n`, id_rsa: key });
    await withApi(
      [
        { toolUse: { name: 'Read', input: { file_path: path.join(p.project, 'README.txt') } } },
        { toolUse: { name: 'Read', input: { file_path: path.join(p.project, 'id_rsa') } } },
        { text: 'Done.' },
      ],
      async (api) => {
        const run = await runClaude({ ...p, api, prompt: 'Read the two files.', args: ['--allowedTools', 'Read', '--output-format', 'json'] });
        assert.equal(run.code, 0, describeRun(run, api));
        const msgs = fakeApi.messageRequests(api.requests);
        assert.equal(msgs.length, 3, describeRun(run, api));
        const uses = msgs.flatMap((m) => blocks(m)).filter((b) => b.type === 'tool_use');
        const useOf = (name) => uses.find((u) => u.input.file_path.endsWith(name));
        const readmeResult = toolResults(api.requests, useOf('README.txt').id)[0];
        assert.ok(!readmeResult.is_error);
        assert.match(toolResultText(readmeResult), /quick brown fox reads a public README 7731/);
        const keyResult = toolResults(api.requests, useOf('id_rsa').id)[0];
        assert.equal(keyResult.is_error, true);
        // Claude Code sends back "PreToolUse:Read hook error: <permissionDecisionReason>".
        assert.match(toolResultText(keyResult), /hand hook: key file/);
        assertNeverSent(api.requests, key, 'the private key');
        assert.deepEqual(
          run.json.permission_denials.map((d) => d.tool_name),
          ['Read'],
        );
      },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// tiergate's hook, installed with `tiergate hook install claude-code`.

describe('tiergate hook claude-code: prompts', () => {
  test('a prompt with credentials never reaches the API; the user is told it was blocked', async () => {
    const p = makeProject();
    installHook(p);
    const key = rsaKeyPem();
    const aws = awsKeys();
    for (const [what, secret, prompt] of [
      ['an RSA private key', key, `Why does ssh reject this key?\n${key}`],
      ['an AWS secret access key', aws.secret, `Deploy with aws_access_key_id=${aws.id} aws_secret_access_key=${aws.secret} please.`],
    ]) {
      await withApi([{ text: 'should not be asked' }], async (api) => {
        const run = await runClaude({ ...p, api, prompt });
        assert.equal(run.code, 0, describeRun(run, api));
        assert.match(run.stdout, /blocked/i, `${what}: ${describeRun(run, api)}`);
        assert.match(run.stdout, /RESTRICTED/, `${what}: the reason names the tier: ${run.stdout}`);
        // The answer asks Claude Code not to print the blocked prompt back on the terminal.
        assert.ok(!run.stdout.includes(secret.split('\n')[1] || secret), `${what}: the prompt was echoed: ${run.stdout}`);
        assert.equal(fakeApi.messageRequests(api.requests).length, 0, `${what}: ${describeRun(run, api)}`);
        assertNeverSent(api.requests, secret, what);
        if (what.startsWith('an AWS')) assertNeverSent(api.requests, aws.id, 'the AWS access key ID');
      });
    }
  });

  test('a public prompt reaches the API unchanged', async () => {
    const p = makeProject();
    installHook(p);
    await withApi([{ text: 'Unit tests catch regressions early.' }], async (api) => {
      const run = await runClaude({ ...p, api, prompt: PUBLIC_PROMPT });
      assert.equal(run.code, 0, describeRun(run, api));
      assert.match(run.stdout, /Unit tests catch regressions early\./, describeRun(run, api));
      assert.ok(userTexts(api.requests).includes(PUBLIC_PROMPT), `the prompt did not reach the API as typed: ${describeRun(run, api)}`);
    });
  });

  test("a prompt with a customer's personal data never reaches the API", async () => {
    const p = makeProject();
    installHook(p);
    const prompt = `Draft a reply to ${CUSTOMER_EMAIL} about her card ${CUSTOMER_CARD} refund`;
    await withApi([{ text: 'should not be asked' }], async (api) => {
      const run = await runClaude({ ...p, api, prompt });
      assert.match(run.stdout, /blocked/i, describeRun(run, api));
      assert.equal(fakeApi.messageRequests(api.requests).length, 0, describeRun(run, api));
      const wire = fakeApi.allText(api.requests);
      assert.ok(!wire.includes(CUSTOMER_EMAIL), 'the e-mail address reached the API');
      assert.ok(!wire.includes(CUSTOMER_CARD) && !wire.includes(CUSTOMER_CARD.replace(/ /g, '')), 'the card number reached the API');
      assert.ok(!wire.includes('refund'), 'the prompt reached the API');
    });
  });
});

/**
 * The fake model asks for one tool call (`toolUse`), then answers "Done."; resolves to
 * {run, api, result, use} with the tool_result Claude Code sent back.
 */
async function toolThroughClaude(p, toolUse, allowedTools) {
  return withApi([{ toolUse }, { text: 'Done.' }], async (api) => {
    const run = await runClaude({
      ...p,
      api,
      prompt: 'Please look at the files in this folder.',
      args: ['--allowedTools', allowedTools, '--output-format', 'json'],
    });
    assert.equal(run.code, 0, describeRun(run, api));
    const msgs = fakeApi.messageRequests(api.requests);
    assert.equal(msgs.length, 2, `expected the tool call and one follow-up: ${describeRun(run, api)}`);
    const use = blocks(msgs[1]).find((b) => b.type === 'tool_use');
    assert.ok(use, describeRun(run, api));
    const [result] = toolResults(api.requests, use.id);
    assert.ok(result, `no tool_result for ${use.id}: ${describeRun(run, api)}`);
    return { run, api, result, use };
  });
}

describe('tiergate hook claude-code: Read of files', () => {
  /** The model asks to Read `file` in the project. */
  const readThroughClaude = (p, file) =>
    toolThroughClaude(p, { name: 'Read', input: { file_path: path.join(p.project, file) } }, 'Read');

  test('a Read of a private key file is denied and no byte of the key is sent', async () => {
    const key = rsaKeyPem();
    const p = makeProject({ id_rsa: key, 'README.txt': `${README_SENTENCE}\n` });
    installHook(p);
    const { run, api, result } = await readThroughClaude(p, 'id_rsa');
    assert.equal(result.is_error, true, `the read was not denied: ${JSON.stringify(result)}`);
    assert.match(toolResultText(result), /den(y|ied)|block|restricted|sensitive|tiergate/i, JSON.stringify(result));
    assertNeverSent(api.requests, key, 'the private key');
    assert.deepEqual(
      (run.json && run.json.permission_denials ? run.json.permission_denials : []).map((d) => d.tool_name),
      ['Read'],
      describeRun(run, api),
    );
  });

  test("a Read of a file with customers' personal data is denied", async () => {
    const csv = `name,email,card\nJane Doe,${CUSTOMER_EMAIL},${CUSTOMER_CARD}\n`;
    const p = makeProject({ 'customers.csv': csv });
    installHook(p);
    const { api, result } = await readThroughClaude(p, 'customers.csv');
    assert.equal(result.is_error, true, `the read was not denied: ${JSON.stringify(result)}`);
    const wire = fakeApi.allText(api.requests);
    assert.ok(!wire.includes(CUSTOMER_EMAIL), 'the e-mail address reached the API');
    assert.ok(!wire.includes(CUSTOMER_CARD), 'the card number reached the API');
  });

  test('a Read of a public file goes through', async () => {
    const p = makeProject({ 'README.txt': `${README_SENTENCE}\n`, id_rsa: rsaKeyPem() });
    installHook(p);
    const { result } = await readThroughClaude(p, 'README.txt');
    assert.ok(!result.is_error, `the public read was refused: ${JSON.stringify(result)}`);
    assert.ok(toolResultText(result).includes(README_SENTENCE), JSON.stringify(result));
  });
});

describe('tiergate hook claude-code: Bash and Grep', () => {
  const envFile = (aws) => `AWS_ACCESS_KEY_ID=${aws.id}\nAWS_SECRET_ACCESS_KEY=${aws.secret}\n`;

  test('`cat .env` is denied before it runs', async () => {
    const aws = awsKeys();
    const p = makeProject({ '.env': envFile(aws) });
    installHook(p);
    const { api, result } = await toolThroughClaude(p, { name: 'Bash', input: { command: 'cat .env', description: 'show env' } }, 'Bash');
    assert.equal(result.is_error, true, `not denied: ${JSON.stringify(result)}`);
    assert.match(toolResultText(result), /tiergate/, JSON.stringify(result));
    assertNeverSent(api.requests, aws.id, 'the AWS access key ID');
  });

  test('a command that prints a key in a way no reading of it shows: the output is withheld', async () => {
    const aws = awsKeys();
    const p = makeProject({ 'conf/app.env': envFile(aws) });
    installHook(p);
    // A glob and a loop: the command line names no file, so only the output tells.
    const command = 'for f in conf/*.env; do while read -r line; do echo "$line"; done < "$f"; done';
    const { api, result } = await toolThroughClaude(p, { name: 'Bash', input: { command, description: 'show config' } }, 'Bash');
    assert.match(toolResultText(result), /tiergate withheld this output/, JSON.stringify(result));
    assertNeverSent(api.requests, aws.id, 'the AWS access key ID');
    assertNeverSent(api.requests, aws.secret, 'the AWS secret key');
  });

  test('a harmless command runs and its output is sent', async () => {
    const p = makeProject({ 'README.txt': `${README_SENTENCE}\n` });
    installHook(p);
    const { result } = await toolThroughClaude(p, { name: 'Bash', input: { command: 'cat README.txt', description: 'readme' } }, 'Bash');
    assert.ok(!result.is_error, JSON.stringify(result));
    assert.ok(toolResultText(result).includes(README_SENTENCE), JSON.stringify(result));
  });

  test('a Grep that would show a line with personal data is denied; one that lists file names is not', async () => {
    const log = `start\nuser ${CUSTOMER_EMAIL} logged in\nstop\n`;
    const p = makeProject({ 'app.log': log });
    installHook(p);
    const content = await toolThroughClaude(p, { name: 'Grep', input: { pattern: 'logged', output_mode: 'content' } }, 'Grep');
    assert.equal(content.result.is_error, true, JSON.stringify(content.result));
    assert.ok(!fakeApi.allText(content.api.requests).includes(CUSTOMER_EMAIL), 'the e-mail address reached the API');
    const names = await toolThroughClaude(p, { name: 'Grep', input: { pattern: 'logged', output_mode: 'files_with_matches' } }, 'Grep');
    assert.ok(!names.result.is_error, JSON.stringify(names.result));
    assert.match(toolResultText(names.result), /app\.log/, JSON.stringify(names.result));
  });
});

describe('tiergate hook claude-code: a broken policy fails closed', () => {
  // Installed with a valid policy that is broken (or removed) afterwards, so the test does not
  // depend on whether `hook install` checks the policy it is given.
  async function publicPromptWithPolicy(breakIt) {
    const p = makeProject();
    const policy = path.join(p.project, 'policy.toml');
    const shown = tiergate(['policy', 'show'], { cwd: p.project, home: p.home });
    assert.equal(shown.code, 0, shown.stderr);
    fs.writeFileSync(policy, shown.stdout);
    installHook(p, ['--policy', policy]);
    // With the valid policy a public prompt is allowed (so the block below is the breakage's).
    await withApi([{ text: 'Fine.' }], async (api) => {
      const run = await runClaude({ ...p, api, prompt: PUBLIC_PROMPT });
      assert.ok(userTexts(api.requests).includes(PUBLIC_PROMPT), `valid policy: ${describeRun(run, api)}`);
    });
    breakIt(policy);
    await withApi([{ text: 'should not be asked' }], async (api) => {
      const run = await runClaude({ ...p, api, prompt: PUBLIC_PROMPT });
      assert.match(run.stdout, /blocked/i, describeRun(run, api));
      assert.equal(fakeApi.messageRequests(api.requests).length, 0, describeRun(run, api));
      assert.ok(!fakeApi.allText(api.requests).includes('unit tests'));
    });
  }

  test('invalid TOML: a public prompt is blocked', async () => {
    await publicPromptWithPolicy((policy) => fs.writeFileSync(policy, 'this is = = not [valid toml\n[[['));
  });

  test('policy file removed: a public prompt is blocked', async () => {
    await publicPromptWithPolicy((policy) => fs.rmSync(policy));
  });

  test('`hook install --policy` with invalid TOML: no prompt gets through', async () => {
    const p = makeProject({ 'policy.toml': 'this is = = not [valid toml\n' });
    const r = tiergate(['hook', 'install', 'claude-code', '--scope', 'project', '--policy', path.join(p.project, 'policy.toml')], {
      cwd: p.project,
      home: p.home,
    });
    if (r.code !== 0) return; // refusing to install a broken policy is fine too
    await withApi([{ text: 'should not be asked' }], async (api) => {
      const run = await runClaude({ ...p, api, prompt: PUBLIC_PROMPT });
      assert.match(run.stdout, /blocked/i, describeRun(run, api));
      assert.equal(fakeApi.messageRequests(api.requests).length, 0, describeRun(run, api));
    });
  });
});

describe('tiergate hook install / uninstall claude-code', () => {
  const USER_SETTINGS = {
    model: 'x',
    hooks: {
      PreToolUse: [{ matcher: 'Bash', hooks: [{ type: 'command', command: 'echo user-hook' }] }],
    },
  };

  const isTiergate = (h) => typeof h.command === 'string' && /tiergate/.test(h.command);
  const commands = (settings) =>
    Object.values((settings && settings.hooks) || {}).flatMap((groups) => groups.flatMap((g) => g.hooks || []));

  /** Drops empty hook groups, empty events and an empty `hooks` object. */
  function normalise(settings) {
    const s = JSON.parse(JSON.stringify(settings));
    if (s.hooks) {
      for (const [event, groups] of Object.entries(s.hooks)) {
        const kept = groups.filter((g) => (g.hooks || []).length > 0);
        if (kept.length) s.hooks[event] = kept;
        else delete s.hooks[event];
      }
      if (Object.keys(s.hooks).length === 0) delete s.hooks;
    }
    return s;
  }

  test('install is idempotent, keeps existing settings; uninstall removes only its own entries', () => {
    const p = makeProject({ '.claude/settings.json': `${JSON.stringify(USER_SETTINGS, null, 2)}\n` });
    const file = path.join(p.project, '.claude/settings.json');
    installHook(p);
    const first = fs.readFileSync(file, 'utf8');
    installHook(p);
    const second = fs.readFileSync(file, 'utf8');
    assert.equal(second, first, 'a second install changed settings.json');

    const installed = JSON.parse(second);
    assert.equal(installed.model, 'x');
    assert.ok(
      installed.hooks.PreToolUse.some((g) => g.matcher === 'Bash' && g.hooks.some((h) => h.command === 'echo user-hook')),
      `the user's hook is gone: ${second}`,
    );
    const ours = commands(installed).filter(isTiergate);
    assert.ok(ours.length >= 2, `no tiergate hooks in ${second}`);
    for (const event of ['UserPromptSubmit', 'PreToolUse']) {
      assert.ok((installed.hooks[event] || []).some((g) => (g.hooks || []).some(isTiergate)), `no tiergate ${event} hook: ${second}`);
    }

    const un = tiergate(['hook', 'uninstall', 'claude-code', '--scope', 'project'], { cwd: p.project, home: p.home });
    assert.equal(un.code, 0, `uninstall failed:\n${un.stdout}\n${un.stderr}`);
    const after = JSON.parse(fs.readFileSync(file, 'utf8'));
    assert.equal(commands(after).filter(isTiergate).length, 0, `tiergate hooks left: ${JSON.stringify(after)}`);
    assert.deepEqual(normalise(after), USER_SETTINGS);
  });

  test('the hooks of an install with an existing user hook still work, and the user hook still runs', async () => {
    const marker = path.join(tempDir('marker-'), 'ran');
    const p = makeProject({
      '.claude/settings.json': JSON.stringify({
        hooks: { UserPromptSubmit: [{ hooks: [{ type: 'command', command: `touch ${marker}` }] }] },
      }),
    });
    installHook(p);
    await withApi([], async (api) => {
      const run = await runClaude({ ...p, api, prompt: `Deploy with aws_secret_access_key=${awsKeys().secret}` });
      assert.match(run.stdout, /blocked/i, describeRun(run, api));
      assert.equal(fakeApi.messageRequests(api.requests).length, 0);
    });
    assert.ok(fs.existsSync(marker), 'the user hook did not run');
  });

  test('--scope local and --scope user write their own files only', () => {
    const p = makeProject();
    const r1 = tiergate(['hook', 'install', 'claude-code', '--scope', 'local'], { cwd: p.project, home: p.home });
    assert.equal(r1.code, 0, r1.stderr);
    assert.ok(fs.existsSync(path.join(p.project, '.claude/settings.local.json')));
    assert.ok(!fs.existsSync(path.join(p.project, '.claude/settings.json')));
    assert.ok(!fs.existsSync(path.join(p.home, '.claude/settings.json')));
    assert.ok(commands(JSON.parse(fs.readFileSync(path.join(p.project, '.claude/settings.local.json'), 'utf8'))).some(isTiergate));

    const q = makeProject();
    const r2 = tiergate(['hook', 'install', 'claude-code', '--scope', 'user'], { cwd: q.project, home: q.home });
    assert.equal(r2.code, 0, r2.stderr);
    assert.ok(fs.existsSync(path.join(q.home, '.claude/settings.json')));
    assert.ok(!fs.existsSync(path.join(q.project, '.claude')));
    assert.ok(commands(JSON.parse(fs.readFileSync(path.join(q.home, '.claude/settings.json'), 'utf8'))).some(isTiergate));
  });

  test('a user-scope install protects a project that has no settings of its own', async () => {
    const p = makeProject();
    const r = tiergate(['hook', 'install', 'claude-code', '--scope', 'user'], { cwd: p.project, home: p.home });
    assert.equal(r.code, 0, r.stderr);
    await withApi([], async (api) => {
      const run = await runClaude({ ...p, api, prompt: `Why does this fail?\n${rsaKeyPem()}` });
      assert.match(run.stdout, /blocked/i, describeRun(run, api));
      assert.equal(fakeApi.messageRequests(api.requests).length, 0, describeRun(run, api));
    });
  });
});

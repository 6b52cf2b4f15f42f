// Workspace trust: the manifest declares limited support in restricted mode, and the command chosen to start the
// server in an untrusted window is never the folder's own ./mplan (code from the folder).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, mkdtempSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import os from 'node:os';
import path from 'node:path';
import { buildSync } from 'esbuild';

const here = path.dirname(fileURLToPath(import.meta.url));
const manifest = JSON.parse(readFileSync(path.join(here, '..', 'package.json'), 'utf8'));

test('the manifest supports restricted mode in a limited way and restricts the settings that name code', () => {
  const untrusted = manifest.capabilities.untrustedWorkspaces;
  assert.equal(untrusted.supported, 'limited');
  assert.deepEqual([...untrusted.restrictedConfigurations].sort(), ['mplan.plugins', 'mplan.server.path']);
  assert.match(untrusted.description, /rule script/);
});

test('an untrusted window starts mplan from PATH, never the folder\'s ./mplan', async () => {
  const out = path.join(mkdtempSync(path.join(os.tmpdir(), 'mplan-trust-')), 'server.mjs');
  buildSync({ entryPoints: [path.join(here, '..', 'src', 'server.ts')], bundle: true, platform: 'node', format: 'esm', outfile: out, logLevel: 'silent' });
  const { mplanCommand } = await import(pathToFileURL(out).href);
  const exists = () => true;
  assert.equal(mplanCommand(undefined, ['/repo'], exists, true), path.join('/repo', 'mplan'));
  assert.equal(mplanCommand(undefined, ['/repo'], exists, false), 'mplan');
  assert.equal(mplanCommand('  /opt/mplan/mplan ', ['/repo'], exists, false), '/opt/mplan/mplan');
});

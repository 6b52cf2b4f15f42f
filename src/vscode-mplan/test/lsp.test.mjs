// Drives `mplan lsp` through the client stack VS Code uses (vscode-jsonrpc + vscode-languageserver-protocol),
// as a separate process on the shipped plans. No VS Code binary is needed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import {
  InitializeRequest, InitializedNotification, DidOpenTextDocumentNotification, DidChangeTextDocumentNotification,
  PublishDiagnosticsNotification, CompletionRequest, HoverRequest, DefinitionRequest, ShutdownRequest, ExitNotification,
} from 'vscode-languageserver-protocol';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..', '..', '..');
const plans = path.join(repo, 'plans');
const layout = path.join(plans, 'kazuo', '30_layout.mplan');
const status = path.join(plans, 'kazuo', '10_status.mplan');

// MPLAN_LSP_COMMAND: the command that runs mplan (the C# test passes "dotnet <its mplan.dll>"); else the repository's ./mplan.
function server() {
  const command = (process.env.MPLAN_LSP_COMMAND ?? path.join(repo, 'mplan')).split(' ');
  const child = spawn(command[0], [...command.slice(1), 'lsp'], { cwd: repo, stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const published = [];
  const waiters = [];
  connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
    published.push(p);
    for (const w of waiters.splice(0)) w();
  });
  connection.listen();
  async function diagnostics(file, accept = () => true) {
    const uri = pathToFileURL(file).href;
    const deadline = Date.now() + 60_000;
    for (;;) {
      const found = published.findLast((p) => p.uri === uri && accept(p));
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`no diagnostics for ${file}; server said: ${stderr}`);
      await new Promise((r) => { waiters.push(r); setTimeout(r, 1000); });
    }
  }
  return { child, connection, diagnostics };
}

test('mplan lsp answers a real LSP client: diagnostics, completion, hover, definition, shutdown', { timeout: 180_000 }, async () => {
  const { child, connection, diagnostics } = server();
  const exited = new Promise((r) => child.on('exit', (code) => r(code)));
  const init = await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid, rootUri: pathToFileURL(plans).href, capabilities: {}, initializationOptions: { debounceMilliseconds: 0 },
  });
  assert.equal(init.capabilities.hoverProvider, true);
  assert.deepEqual(init.capabilities.completionProvider.triggerCharacters.includes('：'), true);
  await connection.sendNotification(InitializedNotification.type, {});

  const text = readFileSync(status, 'utf8');
  const uri = pathToFileURL(status).href;
  await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'mplan', version: 1, text } });
  const first = await diagnostics(status, (p) => p.version === 1);
  assert.deepEqual(first.diagnostics.map((d) => d.code), ['MP2001', 'MP2002']);
  assert.equal(first.diagnostics[0].range.start.line, 48);

  await connection.sendNotification(DidChangeTextDocumentNotification.type, {
    textDocument: { uri, version: 2 }, contentChanges: [{ text: text.replace('值: 26 个', '值: 31 个') }],
  });
  const second = await diagnostics(status, (p) => p.version === 2);
  assert.ok(!second.diagnostics.some((d) => d.code === 'MP2001'), 'the fixed total is no longer reported');

  const layoutUri = pathToFileURL(layout).href;
  await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: layoutUri, languageId: 'mplan', version: 1, text: readFileSync(layout, 'utf8') } });
  await diagnostics(layout);
  const levels = await connection.sendRequest(CompletionRequest.type, { textDocument: { uri: layoutUri }, position: { line: 5, character: 8 } });
  assert.ok(levels.items.some((i) => i.label === '省级'), 'level words after 级别:');

  const hover = await connection.sendRequest(HoverRequest.type, { textDocument: { uri: layoutUri }, position: { line: 7, character: 16 } });
  assert.match(hover.contents.value, /GK_yezhugou/);

  const definition = await connection.sendRequest(DefinitionRequest.type, { textDocument: { uri: layoutUri }, position: { line: 7, character: 16 } });
  assert.equal(definition[0].uri, pathToFileURL(path.join(plans, 'chaoyang', '10_items.mplan')).href);

  await connection.sendRequest(ShutdownRequest.type);
  await connection.sendNotification(ExitNotification.type);
  assert.equal(await exited, 0, 'exit after shutdown ends the process with 0');
  connection.dispose();
});

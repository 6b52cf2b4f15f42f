// Tokenizes the shipped plans with the extension's TextMate grammar through vscode-textmate and vscode-oniguruma
// (the engine VS Code uses) and checks the scopes of keywords, properties, numbers, units and interpolations.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import textmate from 'vscode-textmate';
import oniguruma from 'vscode-oniguruma';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..', '..', '..');

async function grammar() {
  const wasm = readFileSync(path.join(path.dirname(require.resolve('vscode-oniguruma')), 'onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({ createOnigScanner: (p) => new oniguruma.OnigScanner(p), createOnigString: (s) => new oniguruma.OnigString(s) }),
    loadGrammar: async (scope) => scope === 'source.mplan'
      ? textmate.parseRawGrammar(readFileSync(path.join(here, '..', 'syntaxes', 'mplan.tmLanguage.json'), 'utf8'), 'mplan.tmLanguage.json')
      : null,
  });
  return registry.loadGrammar('source.mplan');
}

/** Every token of a file as [text, innermost scope], tokenizing line by line with the rule stack carried over. */
function tokens(g, file) {
  const result = [];
  let stack = textmate.INITIAL;
  for (const line of readFileSync(path.join(repo, file), 'utf8').split('\n')) {
    const r = g.tokenizeLine(line, stack);
    for (const t of r.tokens) result.push([line.slice(t.startIndex, t.endIndex), t.scopes.at(-1), t.scopes]);
    stack = r.ruleStack;
  }
  return result;
}

function scopeOf(all, text) {
  const found = all.find(([t]) => t === text);
  assert.ok(found, `token ${text} not found`);
  return found[1];
}

test('keywords, properties, enum words, numbers and units of plans/kazuo', async () => {
  const g = await grammar();
  const layout = tokens(g, 'plans/kazuo/30_layout.mplan');
  assert.equal(scopeOf(layout, '分区'), 'keyword.control.block.mplan');
  assert.equal(scopeOf(layout, '类型'), 'support.type.property-name.mplan');
  assert.equal(scopeOf(layout, '国家规划矿区'), 'constant.language.mplan');
  assert.equal(scopeOf(layout, '上级'), 'variable.language.upward.mplan');
  assert.equal(layout.find(([t]) => t.startsWith('// Seed'))[1], 'comment.line.double-slash.mplan');

  const status = tokens(g, 'plans/kazuo/10_status.mplan');
  assert.equal(scopeOf(status, '2238'), 'constant.numeric.mplan');
  assert.equal(scopeOf(status, '平方千米'), 'keyword.other.unit.mplan');
  assert.equal(scopeOf(status, '现状'), 'keyword.control.block.mplan');
});

test('strings with {…} interpolation holes', async () => {
  const g = await grammar();
  const text = tokens(g, 'plans/kazuo/44_地质矿产调查评价与勘查.mplan');
  const hole = text.find(([t]) => t === 'zk_count');
  assert.ok(hole, 'the hole {zk_count} is a token');
  assert.equal(hole[1], 'variable.other.reference.mplan');
  assert.ok(hole[2].includes('meta.interpolation.mplan') && hole[2].includes('string.quoted.double.mplan'));
  assert.equal(scopeOf(text, '章'), 'keyword.control.block.mplan');
});

test('English keywords are highlighted too', async () => {
  const g = await grammar();
  const line = g.tokenizeLine('zone ZK01 "East" { kind: key_exploration  area: 12.5 km2 }', textmate.INITIAL);
  const scopes = Object.fromEntries(line.tokens.map((t) => ['zone ZK01 "East" { kind: key_exploration  area: 12.5 km2 }'.slice(t.startIndex, t.endIndex), t.scopes.at(-1)]));
  assert.equal(scopes['zone'], 'keyword.control.block.mplan');
  assert.equal(scopes['kind'], 'support.type.property-name.mplan');
  assert.equal(scopes['12.5'], 'constant.numeric.mplan');
  assert.equal(scopes['km2'], 'keyword.other.unit.mplan');
});

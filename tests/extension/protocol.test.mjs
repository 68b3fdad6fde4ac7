// Unit tests of the extension's message protocol (extension/lib/protocol.js) with node's test
// runner: `node --test tests/extension/protocol.test.mjs` (tests/extension/test_protocol.py runs it).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const protocol = require('../../extension/lib/protocol.js');
const { MESSAGES, dispatch, checkHandlers, checkRequest, send, ProtocolError } = protocol;

const TYPES = new Set(['string', 'number', 'boolean', 'object', 'array']);

test('every message declares where it goes and typed request and answer fields', () => {
  assert.ok(Object.keys(MESSAGES).length >= 9);
  for (const [type, spec] of Object.entries(MESSAGES)) {
    assert.ok(['background', 'tab'].includes(spec.to), type);
    for (const fields of [spec.request, spec.answer]) {
      for (const want of Object.values(fields)) assert.ok(TYPES.has(want.replace(/^\?/, '')), `${type}: ${want}`);
    }
  }
});

const echo = { check: async (req) => ({ findings: [], got: req }) };

test('a well-formed request reaches its handler without the type, and the answer comes back', async () => {
  const res = await dispatch(echo, { type: 'check', text: 'My sister Emma' });
  assert.deepEqual(res, { ok: true, result: { findings: [], got: { text: 'My sister Emma' } } });
});

test('unknown types are refused with a clear error, not dropped', async () => {
  for (const msg of [{ type: 'nope' }, { type: 'toString' }, {}, null, 'check']) {
    const res = await dispatch(echo, msg);
    assert.equal(res.ok, false);
    assert.equal(res.error.code, 'unknown_message');
  }
  // declared, but not one this side answers
  assert.equal((await dispatch(echo, { type: 'health' })).error.code, 'unknown_message');
});

test('malformed requests name the field at fault and never echo what was sent', async () => {
  const secret = 'Anna from München';
  const cases = [
    [{ type: 'check' }, '"text" must be a string'],
    [{ type: 'check', text: 42 }, '"text" must be a string'],
    [{ type: 'check', text: ['x'] }, '"text" must be a string'],
    [{ type: 'check', text: 'x', [secret]: secret }, 'is not one of its fields'],
  ];
  for (const [msg, says] of cases) {
    const res = await dispatch(echo, msg);
    assert.equal(res.ok, false);
    assert.equal(res.error.code, 'bad_message');
    assert.match(res.error.message, new RegExp(says.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    assert.ok(res.error.message.includes('"check"'));
  }
  const res = await dispatch(echo, { type: 'check', text: 7, note: secret });
  assert.ok(!res.error.message.includes(secret));
});

test('a malformed answer is an error too', async () => {
  const res = await dispatch({ check: async () => ({ findings: 'none' }) }, { type: 'check', text: 'x' });
  assert.deepEqual(res.error.code, 'bad_answer');
  assert.match(res.error.message, /"findings" must be an array/);
  const optional = await dispatch({ check: async () => ({ findings: [], language: 3 }) }, { type: 'check', text: 'x' });
  assert.equal(optional.error.code, 'bad_answer');
  const extra = await dispatch({ check: async () => ({ findings: [], language: 'fr', unchecked: [], summary: {} }) }, { type: 'check', text: 'x' });
  assert.equal(extra.ok, true);
});

test('a failing handler answers an error, shaped by toError when given', async () => {
  const failing = { check: async () => { throw new Error('server down'); } };
  assert.deepEqual(await dispatch(failing, { type: 'check', text: 'x' }), { ok: false, error: { code: 'internal', message: 'server down' } });
  const shaped = await dispatch(failing, { type: 'check', text: 'x' }, null, () => ({ code: 'server_down', message: 'Not running.' }));
  assert.deepEqual(shaped.error, { code: 'server_down', message: 'Not running.' });
});

test('each side must handle exactly the messages sent to it', () => {
  const background = Object.keys(MESSAGES).filter((t) => MESSAGES[t].to === 'background');
  const all = Object.fromEntries(background.map((t) => [t, async () => ({})]));
  checkHandlers('background', all);
  const { labels, ...missing } = all;
  assert.throws(() => checkHandlers('background', missing), /labels/);
  assert.throws(() => checkHandlers('background', { ...all, extra: async () => ({}) }), TypeError);
  checkHandlers('tab', { siteInfo: async () => ({}) });
});

test('send refuses a malformed request before anything is sent', async () => {
  // No browser API exists here: reaching the transport would fail differently.
  await assert.rejects(send('check', { text: 1 }), (e) => e instanceof ProtocolError && e.code === 'bad_message');
  await assert.rejects(send('nope', {}), (e) => e instanceof ProtocolError && e.code === 'unknown_message');
  assert.throws(() => checkRequest('checkImage', { dataUrl: 'data:,', name: null }), /"name" must be a string/);
});

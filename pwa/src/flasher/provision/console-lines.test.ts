import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LineSplitter, parseReply, quoteValue } from './console-lines.ts';

test('values are quoted so spaces, quotes and backslashes survive', () => {
  assert.equal(quoteValue('Desk cam'), '"Desk cam"');
  assert.equal(quoteValue('a"b\\c'), '"a\\"b\\\\c"');
  assert.throws(() => quoteValue('line\nbreak'), /control characters/);
});

test('replies are matched to their command; logs and other replies are not', () => {
  assert.deepEqual(parseReply('ok set', 'set'), { ok: true, command: 'set', json: undefined });
  assert.deepEqual(parseReply('ok ap {"active":true,"ssid":"x","password":"p"}', 'ap'), {
    ok: true,
    command: 'ap',
    json: { active: true, ssid: 'x', password: 'p' },
  });
  assert.deepEqual(parseReply('err set unknown_key no setting is called x', 'set'), {
    ok: false,
    command: 'set',
    code: 'unknown_key',
    message: 'no setting is called x',
  });
  assert.equal(parseReply('I (312) printcam: ok set', 'set'), undefined);
  assert.equal(parseReply('ok wifi {"ip":"1.2.3.4"}', 'set'), undefined);
  assert.equal(parseReply('# usage - what', 'help'), undefined);
  assert.equal(parseReply('ok ap {broken', 'ap')?.ok, false);
});

test('lines split at CR, LF and CRLF across chunk boundaries', () => {
  const s = new LineSplitter();
  const enc = (t: string) => new TextEncoder().encode(t);
  assert.deepEqual(s.push(enc('ok se')), []);
  assert.deepEqual(s.push(enc('t\r')), ['ok set']);
  assert.deepEqual(s.push(enc('\nlog\rok ap {}\n')), ['log', 'ok ap {}']);
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createSseParser } from './sse-parser.ts';

function collect(chunks: string[]) {
  const out: [string, string][] = [];
  const feed = createSseParser((type, data) => out.push([type, data]));
  for (const c of chunks) feed(c);
  return out;
}

test('named events with data are emitted on the blank line', () => {
  assert.deepEqual(collect(['event: status\ndata: {"a":1}\n\n']), [['status', '{"a":1}']]);
});

test('events split across chunks, CRLF line ends and multi-line data come out whole', () => {
  assert.deepEqual(collect(['event: lo', 'g\r\ndata: one\r\nda', 'ta: two\r\n', '\r\n']), [
    ['log', 'one\ntwo'],
  ]);
});

test('comments, unknown fields and events without data are ignored; the type defaults to message', () => {
  assert.deepEqual(collect([': keepalive\n\nid: 4\nevent: x\n\ndata:plain\n\n']), [['message', 'plain']]);
});

test('an event without its closing blank line is not emitted yet', () => {
  assert.deepEqual(collect(['event: status\ndata: 1\n']), []);
});

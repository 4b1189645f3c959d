import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classifyError, ERROR_MESSAGES, FlashError } from './errors.ts';

test('esptool-js and port failures map to codes', () => {
  assert.equal(classifyError(new Error('MD5 of file does not match data in flash!'), false), 'verify-failed');
  assert.equal(classifyError(new Error('Failed to connect with the device'), false), 'no-bootloader');
  assert.equal(
    classifyError(new Error('Serial data stream stopped: Possible serial noise or corruption.'), false),
    'timeout',
  );
  assert.equal(classifyError(new Error('Serial data stream stopped'), true), 'cable-pulled');
  assert.equal(
    classifyError(new DOMException('The device has been lost.', 'NetworkError'), false),
    'cable-pulled',
  );
  assert.equal(
    classifyError(new DOMException('Failed to open serial port.', 'InvalidStateError'), false),
    'port-busy',
  );
  assert.equal(classifyError(new FlashError('wrong-chip', 'x'), true), 'wrong-chip');
  assert.equal(classifyError('something odd', false), 'unknown');
});

test('every message names a next step', () => {
  for (const [code, message] of Object.entries(ERROR_MESSAGES)) {
    assert.match(message, /Try again|try again|Press|Pick|Go back|Close|Plug|Connect/, code);
  }
});

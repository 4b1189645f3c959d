import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cp210xBaud, cp210xEnable, cp210xLine8N1, cp210xPurge, cp210xSignals } from './cp210x-requests.ts';
import { ftdiBaud, ftdiDivisor, ftdiLatency, ftdiSignals, stripFtdiStatus } from './ftdi-requests.ts';

test('CP210x requests are vendor/interface with AN571 codes and wIndex = interface', () => {
  assert.deepEqual(cp210xEnable(0, true).setup, {
    requestType: 'vendor',
    recipient: 'interface',
    request: 0x00,
    value: 1,
    index: 0,
  });
  assert.equal(cp210xLine8N1(1).setup.value, 0x0800);
  assert.equal(cp210xLine8N1(1).setup.index, 1);
  assert.equal(cp210xPurge(0).setup.request, 0x12);
});

test('CP210x baud is a 4-byte little-endian data stage; out-of-range rates are refused', () => {
  const r = cp210xBaud(0, 921600);
  assert.equal(r.setup.request, 0x1e);
  assert.deepEqual([...(r.data ?? [])], [0x00, 0x10, 0x0e, 0x00]);
  assert.throws(() => cp210xBaud(0, 5_000_000), RangeError);
});

test('CP210x SET_MHS sets only the lines given, with their mask bits', () => {
  assert.equal(cp210xSignals(0, true, false).setup.value, 0x0301);
  assert.equal(cp210xSignals(0, false, true).setup.value, 0x0302);
  assert.equal(cp210xSignals(0, undefined, true).setup.value, 0x0202);
  assert.equal(cp210xSignals(0, false, undefined).setup.value, 0x0100);
});

test('FTDI divisors match the Linux driver for the rates esptool uses', () => {
  assert.equal(ftdiDivisor(115200), 26); // 3 MHz / 26 = 115385
  assert.equal(ftdiDivisor(460800), 0x4006); // 6.5: 6, half = code 1 in bits 14–16
  assert.equal(ftdiDivisor(921600), 0x8003); // 3.25: 3, quarter = code 2
  assert.equal(ftdiDivisor(9600), 312 | (1 << 14)); // 312.5
  assert.equal(ftdiDivisor(3_000_000), 0);
  assert.equal(ftdiDivisor(2_000_000), 1);
  assert.throws(() => ftdiDivisor(4_000_000), RangeError);
});

test('FTDI baud splits the divisor over wValue and wIndex', () => {
  const r = ftdiBaud(921600);
  assert.deepEqual(r.setup, {
    requestType: 'vendor',
    recipient: 'device',
    request: 3,
    value: 0x8003,
    index: 0,
  });
});

test('FTDI modem control and latency requests', () => {
  assert.equal(ftdiSignals(true, true).setup.value, 0x0303);
  assert.equal(ftdiSignals(false, true).setup.value, 0x0302);
  assert.equal(ftdiSignals(undefined, false).setup.value, 0x0200);
  assert.equal(ftdiLatency().setup.request, 9);
  assert.equal(ftdiLatency(16).setup.value, 16);
});

test('FTDI status bytes are stripped from every packet of a transfer', () => {
  const packet = (status: number, payload: number[]) => [status, 0x60, ...payload];
  const data = Uint8Array.from([...packet(0x31, [1, 2]), ...Array(0).fill(0)]);
  assert.deepEqual([...stripFtdiStatus(data, 64)], [1, 2]);
  const full = Array.from({ length: 62 }, (_, i) => i);
  const two = Uint8Array.from([...packet(0x31, full), ...packet(0x31, [200, 201])]);
  assert.deepEqual([...stripFtdiStatus(two, 64)], [...full, 200, 201]);
  assert.equal(stripFtdiStatus(Uint8Array.from([0x31, 0x60]), 64).length, 0);
});

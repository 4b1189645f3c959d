import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cp210xPort } from './cp210x.ts';
import { ftdiPort } from './ftdi.ts';
import type { UsbControlSetup, UsbDeviceLike } from './usb-types.ts';

/** A USB device that records control requests and serves queued bulk-IN packets. */
function fakeDevice(vendorId: number) {
  const controls: { setup: UsbControlSetup; data?: number[] }[] = [];
  const sent: number[] = [];
  const incoming: (Uint8Array | Error)[] = [];
  const waiting: (() => void)[] = [];
  const dev = {
    vendorId,
    productId: 1,
    opened: false,
    configuration: null as UsbDeviceLike['configuration'],
    async open() {
      dev.opened = true;
    },
    async close() {
      dev.opened = false;
    },
    async selectConfiguration() {
      dev.configuration = {
        interfaces: [
          {
            interfaceNumber: 0,
            alternate: {
              interfaceClass: 0xff,
              endpoints: [
                { endpointNumber: 1, direction: 'in', type: 'bulk', packetSize: 64 },
                { endpointNumber: 2, direction: 'out', type: 'bulk', packetSize: 64 },
              ],
            },
          },
        ],
      };
    },
    async claimInterface() {},
    async releaseInterface() {},
    async controlTransferOut(setup: UsbControlSetup, data?: BufferSource) {
      controls.push({ setup, data: data ? [...new Uint8Array(data as ArrayBuffer)] : undefined });
      return { status: 'ok' };
    },
    async transferIn() {
      while (incoming.length === 0) await new Promise<void>((r) => waiting.push(r));
      const next = incoming.shift()!;
      if (next instanceof Error) throw next;
      return { status: 'ok', data: new DataView(next.buffer) };
    },
    async transferOut(_ep: number, data: BufferSource) {
      sent.push(...new Uint8Array(data as ArrayBuffer));
      return { status: 'ok' };
    },
  };
  const push = (x: Uint8Array | Error) => {
    incoming.push(x);
    for (const wake of waiting.splice(0)) wake();
  };
  return { dev: dev as unknown as UsbDeviceLike, controls, sent, push };
}

test('a CP210x port opens with enable, 8N1, purge and the baud, and moves bytes both ways', async () => {
  const f = fakeDevice(0x10c4);
  const port = cp210xPort(f.dev);
  await port.open({ baudRate: 115200 });
  assert.deepEqual(
    f.controls.map((c) => c.setup.request),
    [0x00, 0x03, 0x12, 0x1e],
  );
  await port.setSignals({ dataTerminalReady: false, requestToSend: true });
  assert.equal(f.controls.at(-1)?.setup.value, 0x0302);
  const w = port.writable!.getWriter();
  await w.write(Uint8Array.of(1, 2, 3));
  w.releaseLock();
  assert.deepEqual(f.sent, [1, 2, 3]);
  f.push(Uint8Array.of(9, 8));
  const r = port.readable!.getReader();
  assert.deepEqual([...((await r.read()).value ?? [])], [9, 8]);
  r.releaseLock();
  await port.close();
  assert.equal(f.controls.at(-1)?.setup.value, 0); // interface disabled
});

test('an FTDI port strips the status bytes and a failed transfer marks the device lost', async () => {
  const f = fakeDevice(0x0403);
  const port = ftdiPort(f.dev);
  await port.open({ baudRate: 921600 });
  assert.equal(f.controls.find((c) => c.setup.request === 3)?.setup.value, 0x8003);
  f.push(Uint8Array.of(0x31, 0x60, 0x41, 0x42));
  const r = port.readable!.getReader();
  assert.deepEqual([...((await r.read()).value ?? [])], [0x41, 0x42]);
  f.push(new DOMException('The device was disconnected.', 'NetworkError'));
  await assert.rejects(r.read(), (e: unknown) => e instanceof DOMException && e.name === 'NetworkError');
  assert.equal(port.readable, null);
});

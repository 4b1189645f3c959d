import assert from 'node:assert/strict';
import { test } from 'node:test';
import { WebUSBSerialPort } from 'esptool-js';
import { detectSupport, usbPortFor } from './choose.ts';
import { UsbBulkPort } from './usb-bulk-port.ts';
import type { UsbDeviceLike } from './usb-types.ts';

/** Enough of a USB device for the drivers' constructors: a CDC-ACM configuration (class 2 + 10). */
const device = (vendorId: number, productId: number) =>
  ({
    vendorId,
    productId,
    configurations: [
      {
        interfaces: [
          { interfaceNumber: 0, alternates: [{ interfaceClass: 2, endpoints: [] }] },
          {
            interfaceNumber: 1,
            alternates: [
              {
                interfaceClass: 10,
                endpoints: [
                  { endpointNumber: 1, direction: 'in', type: 'bulk', packetSize: 64 },
                  { endpointNumber: 2, direction: 'out', type: 'bulk', packetSize: 64 },
                ],
              },
            ],
          },
        ],
      },
    ],
  }) as unknown as UsbDeviceLike;

test('Web Serial is preferred; WebUSB is the Android path; neither gets a reason', () => {
  const serial = { requestPort: async () => ({}) as never };
  const usb = { requestDevice: async () => device(0, 0) };
  assert.deepEqual(detectSupport({ serial, usb, userAgent: '' }, true), { kind: 'web-serial' });
  assert.deepEqual(detectSupport({ usb, userAgent: 'Android' }, true), { kind: 'webusb' });
  const ios = detectSupport({ userAgent: 'iPhone OS 18' }, true);
  assert.equal(ios.kind, 'none');
  assert.match(ios.kind === 'none' ? ios.reason : '', /iPhone/);
  assert.match(JSON.stringify(detectSupport({ serial, userAgent: '' }, false)), /https/);
});

test('each USB-serial chip gets its driver', async () => {
  assert.ok((await usbPortFor(device(0x1a86, 0x7523))) instanceof WebUSBSerialPort);
  assert.ok((await usbPortFor(device(0x10c4, 0xea60))) instanceof UsbBulkPort);
  assert.ok((await usbPortFor(device(0x0403, 0x6001))) instanceof UsbBulkPort);
  const cdc = await usbPortFor(device(0x303a, 0x1001));
  assert.ok(!(cdc instanceof UsbBulkPort) && !(cdc instanceof WebUSBSerialPort));
  const ch343 = await usbPortFor(device(0x1a86, 0x55d3));
  assert.ok(!(ch343 instanceof WebUSBSerialPort), 'CH343 is CDC-ACM');
});

/** CP210x (Silicon Labs) over WebUSB; requests in cp210x-requests.ts. */
import { cp210xBaud, cp210xEnable, cp210xLine8N1, cp210xPurge, cp210xSignals } from './cp210x-requests.ts';
import { UsbBulkPort, type UsbSerialDriver } from './usb-bulk-port.ts';
import type { UsbDeviceLike } from './usb-types.ts';

const driver: UsbSerialDriver = {
  init: (i) => [cp210xEnable(i, true), cp210xLine8N1(i), cp210xPurge(i)],
  baud: cp210xBaud,
  signals: cp210xSignals,
  shutdown: (i) => [cp210xEnable(i, false)],
  decodeIn: (data) => data,
};

export const cp210xPort = (device: UsbDeviceLike) => new UsbBulkPort(device, driver);

/** FTDI FT232R/FT-X over WebUSB; requests in ftdi-requests.ts. */
import {
  ftdiBaud,
  ftdiData8N1,
  ftdiLatency,
  ftdiNoFlowControl,
  ftdiReset,
  ftdiSignals,
  stripFtdiStatus,
} from './ftdi-requests.ts';
import { UsbBulkPort, type UsbSerialDriver } from './usb-bulk-port.ts';
import type { UsbDeviceLike } from './usb-types.ts';

const driver: UsbSerialDriver = {
  init: () => [ftdiReset(), ftdiData8N1(), ftdiNoFlowControl(), ftdiLatency()],
  baud: (_i, baud) => ftdiBaud(baud),
  signals: (_i, dtr, rts) => ftdiSignals(dtr, rts),
  shutdown: () => [],
  decodeIn: stripFtdiStatus,
};

export const ftdiPort = (device: UsbDeviceLike) => new UsbBulkPort(device, driver);

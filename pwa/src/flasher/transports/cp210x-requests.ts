/**
 * Silicon Labs CP210x vendor requests, built as plain data. Sources: Silicon Labs AN571 "CP210x
 * Virtual COM Port Interface" (request codes, SET_MHS bit layout, SET_LINE_CTL fields) and the Linux
 * driver drivers/usb/serial/cp210x.c (the same codes: CP210X_IFC_ENABLE 0x00, CP210X_SET_LINE_CTL
 * 0x03, CP210X_SET_MHS 0x07, CP210X_PURGE 0x12, CP210X_SET_BAUDRATE 0x1E). All are host-to-device,
 * vendor type, interface recipient (bmRequestType 0x41), wIndex = the interface number.
 */
import type { ControlRequest } from './usb-types.ts';

export const CP210X_VENDOR_ID = 0x10c4;

export const Cp210x = {
  IFC_ENABLE: 0x00,
  SET_LINE_CTL: 0x03,
  SET_MHS: 0x07,
  PURGE: 0x12,
  SET_BAUDRATE: 0x1e,
} as const;

/** SET_MHS: bit 0 DTR, bit 1 RTS, bits 8/9 "write this bit" masks (AN571 table 9). */
const MHS_DTR = 0x0001;
const MHS_RTS = 0x0002;
const MHS_DTR_MASK = 0x0100;
const MHS_RTS_MASK = 0x0200;
/** SET_LINE_CTL: word length in bits 8–15, parity bits 4–7 (0 none), stop bits 0–3 (0 = 1). */
const LINE_8N1 = 8 << 8;
/** PURGE: clear the transmit and receive queues (both bits of both directions). */
const PURGE_ALL = 0x000f;
/** The CP2102/CP2104 top rate per AN571; esptool users run them at 921600. */
export const CP210X_MAX_BAUD = 2_000_000;

const req = (iface: number, request: number, value: number, data?: Uint8Array): ControlRequest => ({
  setup: { requestType: 'vendor', recipient: 'interface', request, value, index: iface },
  data,
});

export function cp210xEnable(iface: number, on: boolean): ControlRequest {
  return req(iface, Cp210x.IFC_ENABLE, on ? 1 : 0);
}

export function cp210xLine8N1(iface: number): ControlRequest {
  return req(iface, Cp210x.SET_LINE_CTL, LINE_8N1);
}

/** Baud as a 4-byte little-endian data stage (AN571: SET_BAUDRATE, wValue 0). */
export function cp210xBaud(iface: number, baud: number): ControlRequest {
  if (!Number.isInteger(baud) || baud < 300 || baud > CP210X_MAX_BAUD) {
    throw new RangeError(`CP210x cannot run at ${baud} baud`);
  }
  const data = new Uint8Array(4);
  new DataView(data.buffer).setUint32(0, baud, true);
  return req(iface, Cp210x.SET_BAUDRATE, 0, data);
}

/** Sets only the lines given; `undefined` leaves a line as it is (the mask bit stays clear). */
export function cp210xSignals(
  iface: number,
  dtr: boolean | undefined,
  rts: boolean | undefined,
): ControlRequest {
  let value = 0;
  if (dtr !== undefined) value |= MHS_DTR_MASK | (dtr ? MHS_DTR : 0);
  if (rts !== undefined) value |= MHS_RTS_MASK | (rts ? MHS_RTS : 0);
  return req(iface, Cp210x.SET_MHS, value);
}

export function cp210xPurge(iface: number): ControlRequest {
  return req(iface, Cp210x.PURGE, PURGE_ALL);
}

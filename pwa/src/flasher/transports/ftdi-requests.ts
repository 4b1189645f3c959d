/**
 * FTDI FT232R/FT232BM (and FT-X) vendor requests, built as plain data. Sources: the Linux driver
 * drivers/usb/serial/ftdi_sio.h/.c (FTDI_SIO_RESET 0, MODEM_CTRL 1, SET_FLOW_CTRL 2, SET_BAUD_RATE 3,
 * SET_DATA 4, SET_LATENCY_TIMER 9; ftdi_232bm_baud_base_to_divisor for the divisor encoding) and
 * libftdi's ftdi.c (same codes and bit layouts). All are host-to-device, vendor type, device
 * recipient (bmRequestType 0x40). Single-port chips take wIndex 0 (or the divisor's high bits).
 */
import type { ControlRequest } from './usb-types.ts';

export const FTDI_VENDOR_ID = 0x0403;

export const Ftdi = {
  RESET: 0x00,
  MODEM_CTRL: 0x01,
  SET_FLOW_CTRL: 0x02,
  SET_BAUD_RATE: 0x03,
  SET_DATA: 0x04,
  SET_LATENCY_TIMER: 0x09,
} as const;

/** MODEM_CTRL: bit 0 DTR, bit 1 RTS; bits 8/9 enable changing them (ftdi_sio.h FTDI_SIO_SET_*). */
const DTR = 0x0001;
const RTS = 0x0002;
const DTR_ENABLE = 0x0100;
const RTS_ENABLE = 0x0200;
/** SET_DATA: bits 0–7 data bits, 8–10 parity (0 none), 11–13 stop bits (0 = 1). */
const DATA_8N1 = 8;
/** FT232R/BM divisors count eighths of the 3 MHz baud clock (48 MHz / 16). */
const BAUD_CLOCK_EIGHTHS = 24_000_000;
/** Fraction code for each eighth (ftdi_sio.c divfrac[]: the chip's odd bit order). */
const FRACTION_CODE = [0, 3, 2, 4, 1, 5, 6, 7];
/**
 * Latency timer in ms: the chip holds partial packets this long before sending them. The 16 ms
 * default adds 16 ms to every esptool command round trip; 2 ms keeps command latency low.
 */
export const FTDI_LATENCY_MS = 2;

const req = (request: number, value: number, index = 0): ControlRequest => ({
  setup: { requestType: 'vendor', recipient: 'device', request, value, index },
});

/** The 17-bit encoded divisor for a baud rate, as ftdi_232bm_baud_base_to_divisor computes it. */
export function ftdiDivisor(baud: number): number {
  if (!Number.isInteger(baud) || baud < 183 || baud > 3_000_000) {
    throw new RangeError(`FTDI FT232R cannot run at ${baud} baud`);
  }
  const eighths = Math.round(BAUD_CLOCK_EIGHTHS / baud);
  let divisor = (eighths >> 3) | (FRACTION_CODE[eighths & 7] << 14);
  // Two special cases the chip defines: divisor 1 means 3 Mbaud, 1.5 means 2 Mbaud.
  if (divisor === 1) divisor = 0;
  else if (divisor === 0x4001) divisor = 1;
  return divisor;
}

export function ftdiBaud(baud: number): ControlRequest {
  const d = ftdiDivisor(baud);
  return req(Ftdi.SET_BAUD_RATE, d & 0xffff, d >> 16);
}

export function ftdiReset(): ControlRequest {
  return req(Ftdi.RESET, 0);
}

export function ftdiData8N1(): ControlRequest {
  return req(Ftdi.SET_DATA, DATA_8N1);
}

export function ftdiNoFlowControl(): ControlRequest {
  return req(Ftdi.SET_FLOW_CTRL, 0);
}

export function ftdiLatency(ms = FTDI_LATENCY_MS): ControlRequest {
  return req(Ftdi.SET_LATENCY_TIMER, ms);
}

export function ftdiSignals(dtr: boolean | undefined, rts: boolean | undefined): ControlRequest {
  let value = 0;
  if (dtr !== undefined) value |= DTR_ENABLE | (dtr ? DTR : 0);
  if (rts !== undefined) value |= RTS_ENABLE | (rts ? RTS : 0);
  return req(Ftdi.MODEM_CTRL, value);
}

/**
 * FTDI prefixes every bulk-IN packet with two modem-status bytes; a transfer may hold several
 * packets back to back. Returns the payload bytes only.
 */
export function stripFtdiStatus(data: Uint8Array, packetSize: number): Uint8Array {
  const out = new Uint8Array(data.length);
  let n = 0;
  for (let p = 0; p < data.length; p += packetSize) {
    const payload = data.subarray(p + 2, Math.min(p + packetSize, data.length));
    out.set(payload, n);
    n += payload.length;
  }
  return out.subarray(0, n);
}

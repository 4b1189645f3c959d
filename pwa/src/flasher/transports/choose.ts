/**
 * Which transport this browser offers, and the port request through it. Desktop Chrome/Edge: Web
 * Serial. Android Chrome (WebUSB, and no Web Serial for USB-UART chips): a driver chosen by the
 * adapter's vendor id — esptool-js' WebUSBSerialPort for CH340, ours for CP210x and FTDI, and
 * web-serial-polyfill for CDC-ACM (ESP32-S3 native USB, CH343/CH9102). Drivers load on demand.
 */
import { CP210X_VENDOR_ID } from './cp210x-requests.ts';
import { FTDI_VENDOR_ID } from './ftdi-requests.ts';
import type { SerialPortLike } from './serial-port.ts';
import type { UsbDeviceLike, UsbLike } from './usb-types.ts';

export const WCH_VENDOR_ID = 0x1a86;
/** WCH CH343 is a CDC-ACM device (esptool-js' WebUSBSerialPort refuses it). */
const CH343_PRODUCT_ID = 0x55d3;
export const ESPRESSIF_VENDOR_ID = 0x303a;
/** USB class code of CDC communication interfaces (web-serial-polyfill's default). */
const CDC_CLASS = 2;

export type Support = { kind: 'web-serial' } | { kind: 'webusb' } | { kind: 'none'; reason: string };

interface SerialLike {
  requestPort(options?: object): Promise<SerialPortLike>;
}

interface NavigatorLike {
  serial?: SerialLike;
  usb?: UsbLike;
  userAgent: string;
}

export function detectSupport(nav: NavigatorLike, secure: boolean): Support {
  if (!secure)
    return {
      kind: 'none',
      reason: 'This page is not served over https, so the browser hides USB and serial ports.',
    };
  if (nav.serial) return { kind: 'web-serial' };
  if (nav.usb) return { kind: 'webusb' };
  const ios = /iPhone|iPad|iPod/.test(nav.userAgent);
  return {
    kind: 'none',
    reason: ios
      ? 'iPhone and iPad browsers cannot talk to USB devices.'
      : 'This browser cannot talk to USB serial devices. Use Chrome or Edge on a computer, or Chrome on Android.',
  };
}

/** The USB-serial chips we can drive on Android, for the device chooser's filter. */
export const USB_FILTERS = [
  { vendorId: WCH_VENDOR_ID },
  { vendorId: CP210X_VENDOR_ID },
  { vendorId: FTDI_VENDOR_ID },
  { vendorId: ESPRESSIF_VENDOR_ID },
  { classCode: CDC_CLASS },
];

/** Wraps a WebUSB device in the driver its chip needs. */
export async function usbPortFor(device: UsbDeviceLike): Promise<SerialPortLike> {
  if (device.vendorId === WCH_VENDOR_ID && device.productId !== CH343_PRODUCT_ID) {
    const { WebUSBSerialPort } = await import('esptool-js');
    return new WebUSBSerialPort(device as never) as unknown as SerialPortLike;
  }
  if (device.vendorId === CP210X_VENDOR_ID) return (await import('./cp210x.ts')).cp210xPort(device);
  if (device.vendorId === FTDI_VENDOR_ID) return (await import('./ftdi.ts')).ftdiPort(device);
  const { SerialPort } = await import('web-serial-polyfill');
  return new SerialPort(device as never) as unknown as SerialPortLike;
}

/** Asks the person for a port (needs a user gesture). Rejects NotFoundError when they cancel. */
export async function requestPort(nav: NavigatorLike): Promise<SerialPortLike> {
  if (nav.serial) return nav.serial.requestPort();
  if (nav.usb) return usbPortFor(await nav.usb.requestDevice({ filters: USB_FILTERS }));
  throw new DOMException('No serial or USB support in this browser.', 'NotSupportedError');
}

/** The command-line way, for browsers that cannot flash. */
export const CLI_HINT = 'esptool.py --chip esp32 --baud 921600 write_flash 0x0 printcam-<board>-factory.bin';

/**
 * The SerialPort-shaped interface every transport implements: exactly the members esptool-js 0.7.0's
 * Transport and the Improv client use (reference/browser-flashing.md §1.9). Web Serial ports,
 * web-serial-polyfill ports, esptool-js' WebUSBSerialPort and our CP210x/FTDI drivers all fit it.
 */

export interface SerialSignals {
  dataTerminalReady?: boolean;
  requestToSend?: boolean;
  break?: boolean;
}

export interface SerialOpenOptions {
  baudRate: number;
  dataBits?: number;
  stopBits?: number;
  parity?: 'none' | 'even' | 'odd';
  bufferSize?: number;
  flowControl?: 'none' | 'hardware';
}

export interface SerialPortInfo {
  usbVendorId?: number;
  usbProductId?: number;
}

export interface SerialPortLike {
  /** null while closed and after the device is lost (Chrome's behaviour). */
  readonly readable: ReadableStream<Uint8Array> | null;
  readonly writable: WritableStream<Uint8Array> | null;
  open(options: SerialOpenOptions): Promise<void>;
  close(): Promise<void>;
  setSignals(signals: SerialSignals): Promise<void>;
  getInfo(): SerialPortInfo;
  /** Present on ports that can change baud without closing (esptool-js' BaudRateConfigurablePort). */
  setBaudRate?(baudRate: number): Promise<void>;
}

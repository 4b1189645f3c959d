/**
 * A pass-through port that can tell whether the device went away. esptool-js 0.7.0 never calls its
 * onDeviceLostCallback (DOMException is an Error, and it tests Error first), and reports a pulled
 * cable only as a read timeout; Chrome, though, sets `readable` to null on a lost device while the
 * port is still open. So "opened by us and readable is null" means the cable is gone.
 */
import type { SerialOpenOptions, SerialPortLike, SerialSignals } from './transports/serial-port.ts';

export class WatchedPort implements SerialPortLike {
  private opened = false;
  readonly setBaudRate?: (baudRate: number) => Promise<void>;

  constructor(readonly inner: SerialPortLike) {
    if (inner.setBaudRate) this.setBaudRate = (baud) => inner.setBaudRate!(baud);
  }

  get readable() {
    return this.inner.readable;
  }

  get writable() {
    return this.inner.writable;
  }

  /** True when the port is open as far as we know but the device behind it is gone. */
  get lost(): boolean {
    return this.opened && this.inner.readable === null;
  }

  get isOpen(): boolean {
    return this.opened;
  }

  async open(options: SerialOpenOptions): Promise<void> {
    await this.inner.open(options);
    this.opened = true;
  }

  async close(): Promise<void> {
    this.opened = false;
    await this.inner.close();
  }

  setSignals(signals: SerialSignals): Promise<void> {
    return this.inner.setSignals(signals);
  }

  getInfo() {
    return this.inner.getInfo();
  }
}

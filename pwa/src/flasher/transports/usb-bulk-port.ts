/**
 * A SerialPort-shaped port over a WebUSB device's bulk endpoints, for vendor-class USB-serial chips
 * that neither Web Serial (Android) nor web-serial-polyfill (CDC-ACM only) can drive. A driver
 * (cp210x.ts, ftdi.ts) supplies the vendor control requests; this class does the streams.
 */
import type { SerialOpenOptions, SerialPortLike, SerialSignals } from './serial-port.ts';
import type { ControlRequest, UsbDeviceLike, UsbEndpoint } from './usb-types.ts';

/**
 * Bulk-IN transfers kept in flight. With one at a time, Android Chrome drops bytes from 32/64-byte
 * endpoints at 115200 (jasiek/webchirp ch340-webusb.ts measured losses at depth 1 and 4, none at
 * 8–16); 8 keeps the queue full at 921600 too.
 */
const IN_FLIGHT = 8;

export interface UsbSerialDriver {
  /** Requests that set the chip up after the interface is claimed (enable, 8N1, purge…). */
  init(iface: number): ControlRequest[];
  baud(iface: number, baud: number): ControlRequest;
  signals(iface: number, dtr: boolean | undefined, rts: boolean | undefined): ControlRequest;
  /** Requests that quiesce the chip before the interface is released. */
  shutdown(iface: number): ControlRequest[];
  /** Turns one bulk-IN transfer into payload bytes (FTDI strips its status bytes). */
  decodeIn(data: Uint8Array, packetSize: number): Uint8Array;
}

export class UsbBulkPort implements SerialPortLike {
  private iface = 0;
  private inEp: UsbEndpoint | undefined;
  private outEp: UsbEndpoint | undefined;
  private readableStream: ReadableStream<Uint8Array> | null = null;
  private writableStream: WritableStream<Uint8Array> | null = null;
  private isOpen = false;
  private lostDevice = false;

  constructor(
    readonly device: UsbDeviceLike,
    private readonly driver: UsbSerialDriver,
  ) {}

  get readable() {
    if (!this.isOpen || this.lostDevice) return null;
    this.readableStream ??= this.makeReadable();
    return this.readableStream;
  }

  get writable() {
    if (!this.isOpen || this.lostDevice) return null;
    this.writableStream ??= this.makeWritable();
    return this.writableStream;
  }

  getInfo() {
    return { usbVendorId: this.device.vendorId, usbProductId: this.device.productId };
  }

  async open(options: SerialOpenOptions): Promise<void> {
    if (this.isOpen) throw new DOMException('The port is already open.', 'InvalidStateError');
    const d = this.device;
    if (!d.opened) await d.open();
    if (!d.configuration) await d.selectConfiguration(1);
    const iface = d.configuration?.interfaces.find((i) =>
      i.alternate.endpoints.some((e) => e.type === 'bulk'),
    );
    if (!iface) throw new DOMException('No bulk interface on this USB device.', 'NotFoundError');
    this.iface = iface.interfaceNumber;
    this.inEp = iface.alternate.endpoints.find((e) => e.type === 'bulk' && e.direction === 'in');
    this.outEp = iface.alternate.endpoints.find((e) => e.type === 'bulk' && e.direction === 'out');
    await d.claimInterface(this.iface);
    for (const r of this.driver.init(this.iface)) await this.control(r);
    await this.control(this.driver.baud(this.iface, options.baudRate));
    this.lostDevice = false;
    this.isOpen = true;
  }

  async setBaudRate(baudRate: number): Promise<void> {
    await this.control(this.driver.baud(this.iface, baudRate));
  }

  async setSignals(signals: SerialSignals): Promise<void> {
    await this.control(this.driver.signals(this.iface, signals.dataTerminalReady, signals.requestToSend));
  }

  async close(): Promise<void> {
    if (!this.isOpen) throw new DOMException('The port is already closed.', 'InvalidStateError');
    this.isOpen = false;
    await this.readableStream?.cancel().catch(() => {});
    await this.writableStream?.abort().catch(() => {});
    this.readableStream = null;
    this.writableStream = null;
    if (this.lostDevice) return;
    for (const r of this.driver.shutdown(this.iface)) await this.control(r).catch(() => {});
    await this.device.releaseInterface(this.iface).catch(() => {});
    await this.device.close().catch(() => {});
  }

  private async control(r: ControlRequest): Promise<void> {
    const result = await this.device.controlTransferOut(
      r.setup,
      r.data as Uint8Array<ArrayBuffer> | undefined,
    );
    if (result.status !== 'ok')
      throw new DOMException(`USB control request 0x${r.setup.request.toString(16)} failed`, 'NetworkError');
  }

  private lost(err: unknown): never {
    this.lostDevice = true;
    throw err instanceof DOMException ? err : new DOMException('The device has been lost.', 'NetworkError');
  }

  private makeReadable(): ReadableStream<Uint8Array> {
    const ep = this.inEp!;
    const size = ep.packetSize * 4;
    // Settled promises only: a transfer that fails while queued must not become an unhandled rejection.
    const queue: Promise<{ data?: DataView; error?: unknown }>[] = [];
    const next = () =>
      this.device.transferIn(ep.endpointNumber, size).then(
        (r) => ({ data: r.data }),
        (error: unknown) => ({ error }),
      );
    return new ReadableStream<Uint8Array>({
      pull: async (controller) => {
        while (queue.length < IN_FLIGHT) queue.push(next());
        const r = await queue.shift()!;
        if (r.error !== undefined) {
          this.readableStream = null;
          if (this.isOpen) this.lost(r.error);
          return;
        }
        if (r.data && r.data.byteLength > 0) {
          const raw = new Uint8Array(r.data.buffer, r.data.byteOffset, r.data.byteLength);
          const payload = this.driver.decodeIn(raw, ep.packetSize);
          if (payload.length > 0) controller.enqueue(payload.slice());
        }
      },
      cancel: () => {
        this.readableStream = null;
      },
    });
  }

  private makeWritable(): WritableStream<Uint8Array> {
    const ep = this.outEp!;
    return new WritableStream<Uint8Array>({
      write: async (chunk) => {
        try {
          await this.device.transferOut(ep.endpointNumber, chunk as Uint8Array<ArrayBuffer>);
        } catch (err) {
          this.writableStream = null;
          this.lost(err);
        }
      },
      close: () => {
        this.writableStream = null;
      },
      abort: () => {
        this.writableStream = null;
      },
    });
  }
}

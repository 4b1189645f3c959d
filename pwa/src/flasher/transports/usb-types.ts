/**
 * The slice of WebUSB these drivers use, typed here because TypeScript's DOM lib has no WebUSB
 * (and the w3c-web-usb types are not a dependency). Member names follow the WebUSB spec.
 */

export interface UsbControlSetup {
  requestType: 'standard' | 'class' | 'vendor';
  recipient: 'device' | 'interface' | 'endpoint' | 'other';
  request: number;
  value: number;
  index: number;
}

export interface UsbEndpoint {
  endpointNumber: number;
  direction: 'in' | 'out';
  type: 'bulk' | 'interrupt' | 'isochronous';
  packetSize: number;
}

export interface UsbInterface {
  interfaceNumber: number;
  alternate: { interfaceClass: number; endpoints: UsbEndpoint[] };
}

export interface UsbDeviceLike {
  readonly vendorId: number;
  readonly productId: number;
  readonly opened: boolean;
  readonly configuration: { interfaces: UsbInterface[] } | null;
  open(): Promise<void>;
  close(): Promise<void>;
  selectConfiguration(value: number): Promise<void>;
  claimInterface(n: number): Promise<void>;
  releaseInterface(n: number): Promise<void>;
  controlTransferOut(setup: UsbControlSetup, data?: BufferSource): Promise<{ status: string }>;
  transferIn(endpoint: number, length: number): Promise<{ status: string; data?: DataView }>;
  transferOut(endpoint: number, data: BufferSource): Promise<{ status: string }>;
}

export interface UsbLike {
  requestDevice(options: { filters: { vendorId?: number; classCode?: number }[] }): Promise<UsbDeviceLike>;
}

/** A control request with its data stage, as the drivers build them (pure, unit-tested). */
export interface ControlRequest {
  setup: UsbControlSetup;
  data?: Uint8Array;
}

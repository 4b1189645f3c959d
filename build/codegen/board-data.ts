// The board table's shape and its checks: every board complete, every pin real and free on its chip.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { paths } from '../lib/paths.ts';

export const boardsFile = join(paths.firmware, 'boards', 'boards.json');

export type ChipId = 'esp32' | 'esp32s3';
export type LedKind = 'pwm' | 'gpio' | 'ws2812' | 'none';
/** The port behind the board's USB socket, where the serial console listens. */
export type ConsolePort = 'uart0' | 'usb_serial_jtag';
export const CONSOLE_PORTS: readonly ConsolePort[] = ['uart0', 'usb_serial_jtag'];
export const CAMERA_PINS = [
  'pwdn',
  'reset',
  'xclk',
  'sda',
  'scl',
  'd0',
  'd1',
  'd2',
  'd3',
  'd4',
  'd5',
  'd6',
  'd7',
  'vsync',
  'href',
  'pclk',
] as const;
export type CameraPin = (typeof CAMERA_PINS)[number];
/** Camera lines the chip only reads; every other wired pin is driven by the chip. */
const CAMERA_INPUTS: ReadonlySet<CameraPin> = new Set([
  'd0',
  'd1',
  'd2',
  'd3',
  'd4',
  'd5',
  'd6',
  'd7',
  'vsync',
  'href',
  'pclk',
]);
/** Optional camera lines: boards tie power-down low and use the sensor's software reset. */
const CAMERA_OPTIONAL: ReadonlySet<CameraPin> = new Set(['pwdn', 'reset']);

export interface Chip {
  chipFamily: string;
  bootloaderOffset: number;
  gpios: number[];
  inputOnly: number[];
  flashPins: number[];
  psramPins: { quad: number[]; octal: number[] };
  /** UART0's default pins, which a USB-UART bridge on the board wires to. */
  uart0: { tx: number; rx: number };
  /** The built-in USB-Serial-JTAG's D-/D+ pins; null on chips without one (the ESP32). */
  usbSerialJtag: { dm: number; dp: number } | null;
}

export interface Board {
  id: string;
  name: string;
  chip: ChipId;
  flashMB: number;
  psram: 'quad' | 'octal';
  partitionTable: string;
  camera: { xclkHz: number; pins: Record<CameraPin, number | null> };
  flashLed: { kind: LedKind; pin: number | null };
  statusLed: { pin: number; activeLow: boolean } | null;
  sd: { clk: number; cmd: number; d0: number } | null;
  resetButton: number;
  console: ConsolePort;
}

export interface BoardTable {
  chips: Record<ChipId, Chip>;
  boards: Board[];
}

export function loadBoardTable(file = boardsFile): BoardTable {
  return JSON.parse(readFileSync(file, 'utf8')) as BoardTable;
}

/** XCLK range the supported sensors (OV2640, OV3660, OV5640) accept. */
const XCLK_MIN_HZ = 6_000_000;
const XCLK_MAX_HZ = 24_000_000;
const BOARD_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Every problem in the table, one sentence each naming the board and field; empty when sound. */
export function checkBoardTable(table: BoardTable): string[] {
  const errors: string[] = [];
  const ids = new Set<string>();
  for (const b of table.boards) {
    const at = `board ${JSON.stringify(b.id)}`;
    if (typeof b.id !== 'string' || !BOARD_ID.test(b.id)) errors.push(`${at}: id must be kebab-case`);
    if (ids.has(b.id)) errors.push(`${at}: duplicate id`);
    ids.add(b.id);
    if (typeof b.name !== 'string' || b.name.trim() === '') errors.push(`${at}: name is missing`);
    const chip = table.chips[b.chip];
    if (!chip) {
      errors.push(`${at}: unknown chip ${JSON.stringify(b.chip)}`);
      continue;
    }
    if (![4, 8, 16].includes(b.flashMB)) errors.push(`${at}: flashMB must be 4, 8 or 16`);
    if (b.psram !== 'quad' && b.psram !== 'octal') errors.push(`${at}: psram must be quad or octal`);
    if (typeof b.partitionTable !== 'string' || !b.partitionTable.endsWith('.csv')) {
      errors.push(`${at}: partitionTable must name a .csv file`);
    }
    if (!(b.camera?.xclkHz >= XCLK_MIN_HZ && b.camera.xclkHz <= XCLK_MAX_HZ)) {
      errors.push(`${at}: camera.xclkHz must be within ${XCLK_MIN_HZ}..${XCLK_MAX_HZ}`);
    }
    if (!CONSOLE_PORTS.includes(b.console)) {
      errors.push(`${at}: console must be ${CONSOLE_PORTS.join(' or ')}`);
    } else if (b.console === 'usb_serial_jtag' && chip.usbSerialJtag === null) {
      errors.push(`${at}: console usb_serial_jtag, but ${b.chip} has no USB-Serial-JTAG`);
    }
    errors.push(...checkPins(at, b, chip));
  }
  return errors;
}

interface PinUse {
  field: string;
  pin: number;
  output: boolean;
}

/** The console's own pins: no other function may take them, or the user loses the console. */
function consoleUses(b: Board, chip: Chip): PinUse[] {
  if (b.console === 'uart0') {
    return [
      { field: 'console (UART0 TX)', pin: chip.uart0.tx, output: true },
      { field: 'console (UART0 RX)', pin: chip.uart0.rx, output: false },
    ];
  }
  if (b.console === 'usb_serial_jtag' && chip.usbSerialJtag) {
    return [
      { field: 'console (USB D-)', pin: chip.usbSerialJtag.dm, output: true },
      { field: 'console (USB D+)', pin: chip.usbSerialJtag.dp, output: true },
    ];
  }
  return [];
}

function pinUses(at: string, b: Board, chip: Chip, errors: string[]): PinUse[] {
  const uses: PinUse[] = consoleUses(b, chip);
  const pins = b.camera?.pins ?? ({} as Record<CameraPin, number | null>);
  for (const name of CAMERA_PINS) {
    const pin = pins[name];
    if (pin === null && CAMERA_OPTIONAL.has(name)) continue;
    if (typeof pin !== 'number') errors.push(`${at}: camera.pins.${name} is missing`);
    else uses.push({ field: `camera.pins.${name}`, pin, output: !CAMERA_INPUTS.has(name) });
  }
  const led = b.flashLed;
  if (!led || !['pwm', 'gpio', 'ws2812', 'none'].includes(led.kind)) {
    errors.push(`${at}: flashLed.kind must be pwm, gpio, ws2812 or none`);
  } else if (led.kind === 'none' ? led.pin !== null : typeof led.pin !== 'number') {
    errors.push(`${at}: flashLed.pin must be a pin, or null exactly when the kind is none`);
  } else if (led.pin !== null) {
    uses.push({ field: 'flashLed.pin', pin: led.pin, output: true });
  }
  if (b.statusLed !== null) {
    if (typeof b.statusLed?.pin !== 'number' || typeof b.statusLed.activeLow !== 'boolean') {
      errors.push(`${at}: statusLed needs pin and activeLow, or null`);
    } else uses.push({ field: 'statusLed.pin', pin: b.statusLed.pin, output: true });
  }
  if (b.sd !== null) {
    for (const line of ['clk', 'cmd', 'd0'] as const) {
      const pin = b.sd?.[line];
      if (typeof pin !== 'number') errors.push(`${at}: sd.${line} is missing (or set sd to null)`);
      else uses.push({ field: `sd.${line}`, pin, output: true });
    }
  }
  if (typeof b.resetButton !== 'number') errors.push(`${at}: resetButton is missing`);
  else uses.push({ field: 'resetButton', pin: b.resetButton, output: false });
  return uses;
}

function checkPins(at: string, b: Board, chip: Chip): string[] {
  const errors: string[] = [];
  const taken = new Map<number, string>();
  const reserved = new Set([...chip.flashPins, ...(chip.psramPins[b.psram] ?? [])]);
  for (const use of pinUses(at, b, chip, errors)) {
    const { field, pin } = use;
    if (!chip.gpios.includes(pin)) errors.push(`${at}: ${field} GPIO${pin} does not exist on ${b.chip}`);
    else if (reserved.has(pin)) errors.push(`${at}: ${field} GPIO${pin} belongs to the flash or PSRAM bus`);
    else if (use.output && chip.inputOnly.includes(pin)) {
      errors.push(`${at}: ${field} GPIO${pin} is input-only on ${b.chip}`);
    }
    const other = taken.get(pin);
    if (other) errors.push(`${at}: ${field} and ${other} both use GPIO${pin}`);
    taken.set(pin, field);
  }
  return errors;
}

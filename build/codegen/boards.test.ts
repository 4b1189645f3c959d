import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { paths } from '../lib/paths.ts';
import { type Board, checkBoardTable, loadBoardTable } from './board-data.ts';
import { BoardTableError, generateBoards } from './boards.ts';
import { flasherBoards } from './boards-ts.ts';

const table = loadBoardTable();
const ai = () => structuredClone(table.boards.find((b) => b.id === 'ai-thinker-esp32-cam') as Board);
const problemsWith = (board: Board) => checkBoardTable({ chips: table.chips, boards: [board] });

test('every board in boards.json is complete and its pins are plausible for its chip', () => {
  assert.deepEqual(checkBoardTable(table), []);
});

test('the table has the five boards the issue names, AI-Thinker first', () => {
  assert.deepEqual(
    table.boards.map((b) => b.id),
    [
      'ai-thinker-esp32-cam',
      'freenove-esp32-wrover-dev',
      'seeed-xiao-esp32s3-sense',
      'esp32-s3-eye',
      'freenove-esp32-s3-wroom',
    ],
  );
});

test('a board missing a camera pin or its reset button is reported by field', () => {
  const b = ai() as unknown as { camera: { pins: Record<string, unknown> }; resetButton?: number };
  delete b.camera.pins.vsync;
  delete b.resetButton;
  const errors = problemsWith(b as unknown as Board);
  assert.ok(
    errors.some((e) => e.includes('camera.pins.vsync is missing')),
    errors.join('\n'),
  );
  assert.ok(
    errors.some((e) => e.includes('resetButton is missing')),
    errors.join('\n'),
  );
});

test('a driven pin on an input-only, flash, PSRAM or absent GPIO is refused', () => {
  const cases: [(b: Board) => void, RegExp][] = [
    [(b) => (b.camera.pins.xclk = 34), /xclk GPIO34 is input-only/],
    [(b) => (b.flashLed.pin = 7), /flashLed.pin GPIO7 belongs to the flash or PSRAM bus/],
    [(b) => (b.resetButton = 16), /resetButton GPIO16 belongs to the flash or PSRAM bus/],
    [(b) => (b.statusLed = { pin: 24, activeLow: true }), /statusLed.pin GPIO24 does not exist/],
  ];
  for (const [mutate, expected] of cases) {
    const b = ai();
    mutate(b);
    assert.match(problemsWith(b).join('\n'), expected);
  }
});

test('two functions on one GPIO, an odd LED kind and a silly XCLK are refused', () => {
  const b = ai();
  b.statusLed = { pin: 4, activeLow: false };
  b.flashLed = { kind: 'laser' as Board['flashLed']['kind'], pin: 4 };
  b.camera.xclkHz = 100_000_000;
  const errors = problemsWith(b).join('\n');
  assert.match(errors, /flashLed.kind must be/);
  assert.match(errors, /camera.xclkHz must be within/);
  const dup = ai();
  dup.statusLed = { pin: 4, activeLow: false };
  assert.match(problemsWith(dup).join('\n'), /statusLed.pin and flashLed.pin both use GPIO4/);
});

test('the console sits behind each board USB socket: the S3 USB-Serial-JTAG on XIAO and S3-EYE', () => {
  assert.deepEqual(Object.fromEntries(table.boards.map((b) => [b.id, b.console])), {
    'ai-thinker-esp32-cam': 'uart0',
    'freenove-esp32-wrover-dev': 'uart0',
    'seeed-xiao-esp32s3-sense': 'usb_serial_jtag',
    'esp32-s3-eye': 'usb_serial_jtag',
    'freenove-esp32-s3-wroom': 'uart0',
  });
});

test('a console the chip lacks, an unknown console or a pin on the console port is refused', () => {
  const onEsp32 = ai();
  onEsp32.console = 'usb_serial_jtag';
  assert.match(problemsWith(onEsp32).join('\n'), /console usb_serial_jtag, but esp32 has no USB-Serial-JTAG/);
  const odd = ai();
  odd.console = 'usb_cdc' as Board['console'];
  assert.match(problemsWith(odd).join('\n'), /console must be uart0 or usb_serial_jtag/);
  const onTx = ai();
  onTx.statusLed = { pin: 1, activeLow: true };
  assert.match(problemsWith(onTx).join('\n'), /statusLed.pin and console \(UART0 TX\) both use GPIO1/);
  const xiao = structuredClone(table.boards.find((b) => b.id === 'seeed-xiao-esp32s3-sense') as Board);
  xiao.resetButton = 20;
  assert.match(problemsWith(xiao).join('\n'), /resetButton and console \(USB D\+\) both use GPIO20/);
  xiao.resetButton = 43;
  xiao.console = 'uart0';
  assert.match(problemsWith(xiao).join('\n'), /resetButton and console \(UART0 TX\) both use GPIO43/);
});

test('the generated header compiles and find_board resolves ids at compile time', () => {
  const dir = mkdtempSync(join(tmpdir(), 'printcam-boards-'));
  const header = join(dir, 'boards.hpp');
  generateBoards(header, table, join(dir, 'boards.ts'));
  const probe = join(dir, 'probe.cpp');
  writeFileSync(
    probe,
    `#include "boards.hpp"
using namespace printcam::generated;
static_assert(find_board("ai-thinker-esp32-cam")->camera.xclk == 0);
static_assert(find_board("ai-thinker-esp32-cam")->flash_led_kind == LedKind::kPwm);
static_assert(find_board("freenove-esp32-wrover-dev")->sd.clk == kNoPin);
static_assert(find_board("seeed-xiao-esp32s3-sense")->octal_psram);
static_assert(find_board("seeed-xiao-esp32s3-sense")->console == Console::kUsbSerialJtag);
static_assert(find_board("freenove-esp32-s3-wroom")->console == Console::kUart0);
static_assert(find_board("no-such-board") == nullptr);
static_assert(has_board("esp32-s3-eye") && !has_board("esp32-s3"));
static_assert(sizeof(kBoards) / sizeof(kBoards[0]) == ${table.boards.length});
`,
  );
  execFileSync('g++', ['-std=c++17', '-fsyntax-only', '-Wall', '-Wextra', '-Werror', probe]);
});

test('an unsound table fails generation with every problem listed and writes nothing', () => {
  const dir = mkdtempSync(join(tmpdir(), 'printcam-boards-'));
  const bad = ai();
  bad.camera.pins.d0 = 6;
  assert.throws(
    () => generateBoards(join(dir, 'boards.hpp'), { chips: table.chips, boards: [bad] }),
    (err) => err instanceof BoardTableError && /camera.pins.d0 GPIO6/.test(err.message),
  );
  assert.equal(existsSync(join(dir, 'boards.hpp')), false);
});

test('the PWA board table carries each board chip family and where its settings and app live', () => {
  const dir = mkdtempSync(join(tmpdir(), 'printcam-boards-'));
  generateBoards(join(dir, 'boards.hpp'), table, join(dir, 'boards.ts'));
  const text = readFileSync(join(dir, 'boards.ts'), 'utf8');
  const boards = flasherBoards(table, (csv) => readFileSync(join(paths.firmware, csv), 'utf8'));
  assert.ok(text.includes(JSON.stringify(boards, null, 2)));
  const ai = boards.find((b) => b.id === 'ai-thinker-esp32-cam');
  assert.deepEqual(ai?.nvs, { offset: 0x9000, size: 0x5000 });
  assert.deepEqual(ai?.otadata, { offset: 0xe000, size: 0x2000 });
  assert.deepEqual(ai?.app, { offset: 0x10000, size: 0x1f0000 });
  assert.equal(ai?.bootloaderOffset, 0x1000);
  assert.equal(boards.find((b) => b.id === 'esp32-s3-eye')?.chipFamily, 'ESP32-S3');
});

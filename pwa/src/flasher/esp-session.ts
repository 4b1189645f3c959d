/**
 * One esptool-js session on a port: connect and detect (with the baud ladder), read and write flash
 * with progress, and close. Everything esptool-js-specific lives here, so the procedure reads as
 * steps and the quirks are handled in one place.
 */
import { ESPLoader, Transport } from 'esptool-js';
import { padTo4, uncompressedPerBlock, zlibDeflate } from './deflate.ts';
import { ERROR_MESSAGES, FlashError } from './errors.ts';
import { md5Hex } from './md5.ts';
import type { DetectedChip } from './states.ts';
import type { WatchedPort } from './watched-port.ts';

/** The ROM bootloader always starts at 115200 after a reset. */
export const ROM_BAUD = 115200;
/**
 * Fastest first. 921600 is what CH340, CP2102 and FTDI adapters and the ESP32 sustain on a good
 * cable; 460800 is the usual fallback for long or noisy cables; 115200 always works.
 */
export const BAUD_LADDER = [921600, 460800, ROM_BAUD] as const;
/** esptool's floor for any flash block wait. */
const MIN_BLOCK_TIMEOUT_MS = 3000;
/** The stub's final MD5 frame after READ_FLASH follows the data at once; 3 s is esptool-js' floor. */
const READ_MD5_TIMEOUT_MS = 3000;

/** esptool-js' flash-size strings ("4MB") to bytes. */
function flashSizeBytes(size: string | undefined): number | undefined {
  const m = size ? /^(\d+)(KB|MB)$/.exec(size) : null;
  if (!m) return undefined;
  return Number(m[1]) * (m[2] === 'MB' ? 1024 * 1024 : 1024);
}

export interface WriteItem {
  address: number;
  data: Uint8Array;
}

export class EspSession {
  private constructor(
    readonly port: WatchedPort,
    private readonly transport: Transport,
    private readonly loader: ESPLoader,
    readonly chip: DetectedChip,
  ) {}

  /**
   * Resets the board into its ROM bootloader, climbs the baud ladder, then uploads the stub: each
   * rate is kept only if the chip still answers at it (esptool-js falls back to 115200 with a full
   * reconnect and the stub when it does not, and we try the next rate down). The ESP32 family's ROM
   * changes baud itself (CHANGE_BAUDRATE with 0 as the old rate), and the stub keeps the UART as
   * the ROM left it, so the stub travels at the fast rate: esptool-js' own main() uploads it at
   * 115200, about 0.75 s of a 10 s flash.
   */
  static async open(
    port: WatchedPort,
    ladder: readonly number[],
    log: (line: string) => void,
  ): Promise<EspSession> {
    const transport = new Transport(port as never, false);
    // Transport.trace() writes to the console even with tracing off.
    transport.trace = () => {};
    const terminal = { clean: () => {}, writeLine: log, write: log };
    const loader = new ESPLoader({ transport, baudrate: ROM_BAUD, romBaudrate: ROM_BAUD, terminal });
    try {
      await loader.detectChip('default_reset');
      const description = loader.secureDownloadMode
        ? loader.chip.CHIP_NAME
        : await loader.chip.getChipDescription(loader);
      if (!loader.secureDownloadMode) await loader.chip.postConnect?.(loader);
      let baud = ROM_BAUD;
      // changeBaud() reads the target from `baudrate`, which 0.7.0's d.ts marks private although the
      // constructor option sets it; after a failed change esptool-js itself resets it to 115200.
      const target = loader as unknown as { baudrate: number };
      for (const rate of ladder) {
        if (rate === ROM_BAUD) break;
        target.baudrate = rate;
        try {
          await loader.changeBaud();
        } catch (err) {
          // The host could not reopen at this rate (esptool-js' own fallback then fails on the
          // closed port): start over, reset included, with the lower rates only.
          if (port.lost) throw err;
          log(`${rate} baud failed on this adapter (${err instanceof Error ? err.message : String(err)}).`);
          if (port.isOpen) await transport.disconnect().catch(() => {});
          return EspSession.open(
            port,
            ladder.filter((r) => r < rate),
            log,
          );
        }
        if (target.baudrate === rate) {
          baud = rate;
          break;
        }
        log(`${rate} baud did not hold; trying a lower rate.`);
      }
      // A failed change already reconnected and started the stub at 115200.
      if (!loader.IS_STUB) await loader.runStub();
      const chip: DetectedChip = {
        family: loader.chip.CHIP_NAME,
        description,
        mac: await loader.chip.readMac(loader),
        flashBytes: flashSizeBytes(await loader.detectFlashSize()),
        baud,
      };
      return new EspSession(port, transport, loader, chip);
    } catch (err) {
      const lost = port.lost;
      await transport.disconnect().catch(() => {});
      throw lost ? new FlashError('cable-pulled', ERROR_MESSAGES['cable-pulled']) : err;
    }
  }

  /**
   * Writes each item through the stub's compressed path and verifies it by MD5. `onBytes(done)`
   * counts image bytes, so the progress bar means the same whatever the compression ratio.
   * Our own loop over esptool-js' public flashDefl* commands (see deflate.ts for why).
   */
  async write(items: WriteItem[], onBytes: (done: number) => void): Promise<void> {
    const loader = this.loader;
    const prepared = await Promise.all(
      items.map(async (it) => {
        const image = padTo4(it.data);
        return { address: it.address, image, compressed: await zlibDeflate(image) };
      }),
    );
    let done = 0;
    for (const { address, image, compressed } of prepared) {
      const blockSize = loader.FLASH_WRITE_SIZE;
      const perBlock = uncompressedPerBlock(compressed, blockSize);
      await loader.flashDeflBegin(image.length, compressed.length, address);
      // The stub ACKs a block as soon as it arrives and erases/writes it while the next one comes,
      // so each block's wait covers the previous block's flash work (esptool's own rule).
      let timeout = MIN_BLOCK_TIMEOUT_MS;
      for (let seq = 0; seq < perBlock.length; seq++) {
        const block = compressed.subarray(seq * blockSize, (seq + 1) * blockSize);
        await loader.flashDeflBlock(block, seq, timeout);
        timeout = Math.max(
          MIN_BLOCK_TIMEOUT_MS,
          loader.timeoutPerMb(loader.ERASE_WRITE_TIMEOUT_PER_MB, perBlock[seq]),
        );
        done += Math.min(perBlock[seq], image.length);
        onBytes(
          Math.min(
            done,
            items.reduce((n, it) => n + it.data.length, 0),
          ),
        );
      }
      await loader.flashDeflFinish(false, timeout);
      const md5 = await loader.flashMd5sum(address, image.length);
      if (md5 !== md5Hex(image)) {
        throw new FlashError('verify-failed', ERROR_MESSAGES['verify-failed']);
      }
    }
  }

  /**
   * Reads a flash region and checks it against the stub's own MD5 of that region, the frame
   * esptool-js' readFlash() leaves unread.
   */
  async read(address: number, size: number, onBytes: (done: number) => void): Promise<Uint8Array> {
    const data = await this.loader.readFlash(address, size, (_p, done) => onBytes(done));
    const digest = await this.transport.read(READ_MD5_TIMEOUT_MS);
    const hex = Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
    if (hex !== md5Hex(data)) {
      throw new FlashError(
        'backup-failed',
        'The settings read back do not match the checksum the board sent.',
      );
    }
    return data;
  }

  /** Releases the port (closes it). Safe to call after a failure. */
  async close(): Promise<void> {
    if (this.port.isOpen) await this.transport.disconnect();
  }
}

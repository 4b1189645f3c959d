// `npm run typecheck:esp32`: compiles platform/esp32/ and main/ with the host g++ in -fsyntax-only
// mode against the ESP-IDF tree at $IDF_PATH (a checkout of a v5.x tag with the lwIP and mbedtls submodules),
// for every chip a board uses. No ESP-IDF Python tooling and no Xtensa compiler: a generated
// sdkconfig.h stands in for Kconfig, and the host's 32-bit C library stands in for newlib (four
// shim headers below bridge the difference). Without IDF_PATH it says "skipped" and exits 0.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadBoardTable } from './codegen/board-data.ts';
import { generateBoards } from './codegen/boards.ts';
import { idfIncludeDirs, newlibPlatformInclude } from './esp32-typecheck/include-dirs.ts';
import { renderSdkconfigH, type Target } from './esp32-typecheck/sdkconfig.ts';
import { paths } from './lib/paths.ts';
import { writeIfChanged } from './lib/write-if-changed.ts';

/**
 * newlib-only headers ESP-IDF's Xtensa headers include, mapped onto the host's C library; and
 * net/if.h, which lwIP's sys/socket.h includes and ESP-IDF answers from newlib's platform_include
 * (searched after the host's here, whose net/if.h would clash with lwIP's struct ifreq).
 */
const shims = (idf: string): Record<string, string> => ({
  'sys/reent.h': '#pragma once\nstruct _reent { int _errno; };\nextern struct _reent* _impure_ptr;\n',
  'reent.h': '#pragma once\n#include <sys/reent.h>\n',
  'machine/endian.h': '#pragma once\n#include <endian.h>\n',
  'net/if.h': `#pragma once\n#include "${join(newlibPlatformInclude(idf), 'net/if.h')}"\n`,
});

/**
 * Managed components (ESP Component Registry): their folder under firmware/managed_components/
 * (where an ESP-IDF build puts them) or the folder an environment variable names, and the include
 * directories inside it. esp32-camera's esp_camera.h includes its conversions header, which
 * includes esp_jpeg's decoder: all three are needed as soon as one adapter includes the camera.
 */
const MANAGED = [
  {
    env: 'PRINTCAM_ESP32_CAMERA_DIR',
    dir: 'espressif__esp32-camera',
    includes: ['driver/include', 'conversions/include'],
    header: 'esp_camera.h',
  },
  {
    env: 'PRINTCAM_ESP_JPEG_DIR',
    dir: 'espressif__esp_jpeg',
    includes: ['include'],
    header: 'jpeg_decoder.h',
  },
  { env: 'PRINTCAM_MDNS_DIR', dir: 'espressif__mdns', includes: ['include'], header: 'mdns.h' },
  {
    env: 'PRINTCAM_LED_STRIP_DIR',
    dir: 'espressif__led_strip',
    includes: ['include'],
    header: 'led_strip.h',
  },
];

function idfVersion(idf: string): string {
  const h = readFileSync(join(idf, 'components/esp_common/include/esp_idf_version.h'), 'utf8');
  const part = (name: string) => /(\d+)/.exec(h.slice(h.indexOf(`ESP_IDF_VERSION_${name}`)))?.[1];
  return `v${part('MAJOR')}.${part('MINOR')}.${part('PATCH')}`;
}

function sources(): string[] {
  return ['platform/esp32', 'main'].flatMap((dir) =>
    readdirSync(join(paths.firmware, dir))
      .filter((f) => f.endsWith('.cpp'))
      .map((f) => join(paths.firmware, dir, f)),
  );
}

function managedIncludes(): string[] {
  return MANAGED.flatMap((m) => {
    const root = process.env[m.env] ?? join(paths.firmware, 'managed_components', m.dir);
    const dirs = m.includes.map((d) => join(root, d));
    if (!dirs.some((d) => existsSync(join(d, m.header)))) {
      throw new Error(`${m.header} not found under ${root}: set ${m.env} or run an ESP-IDF build once`);
    }
    return dirs.filter((d) => existsSync(d));
  });
}

export function typecheckEsp32(idf: string): { version: string; checked: string[] } {
  const version = idfVersion(idf);
  if (!version.startsWith('v5.')) throw new Error(`ESP-IDF ${version} at ${idf}: this check wants v5.x`);
  generateBoards();
  const files = sources();
  const managed = managedIncludes();
  const checked: string[] = [];
  const table = loadBoardTable();
  for (const target of ['esp32', 'esp32s3'] as Target[]) {
    const board = table.boards.find((b) => b.chip === target);
    if (!board) continue;
    const { found, missing } = idfIncludeDirs(idf, target);
    if (missing.length > 0) {
      throw new Error(`not in ${idf} (a submodule not checked out?):\n  ${missing.join('\n  ')}`);
    }
    const harness = join(paths.cache, 'typecheck-esp32', target);
    writeIfChanged(join(harness, 'sdkconfig.h'), renderSdkconfigH(target));
    for (const [name, text] of Object.entries(shims(idf))) writeIfChanged(join(harness, 'shim', name), text);
    const flags = [
      ...[
        '-m32',
        '-std=gnu++17',
        '-fsyntax-only',
        '-Wall',
        '-Wextra',
        '-Wshadow',
        '-Wold-style-cast',
        '-Werror',
        '-D__XTENSA__',
      ],
      // lwIP defines struct iovec unless the C library already did; glibc does, newlib says so.
      '-Diovec=iovec',
      // esp_vfs.h wants fd_set from sys/types.h, which newlib marks with this macro; glibc's
      // sys/types.h has it too (through sys/select.h) but no marker.
      '-D_SYS_TYPES_FD_SET',
      // What ESP-IDF's mbedtls component defines for everyone who includes mbedtls headers.
      '-DMBEDTLS_CONFIG_FILE="mbedtls/esp_config.h"',
      `-DPRINTCAM_BOARD_ID="${board.id}"`,
      `-I${paths.firmware}`,
      ...[harness, join(harness, 'shim'), ...found, ...managed].flatMap((d) => ['-isystem', d]),
      '-idirafter',
      newlibPlatformInclude(idf),
    ];
    for (const file of files) {
      execFileSync('g++', [...flags, file], { stdio: ['ignore', 'inherit', 'inherit'] });
      checked.push(`${target}: ${relative(paths.root, file)}`);
    }
  }
  return { version, checked };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const idf = process.env.IDF_PATH;
  if (!idf) {
    console.log('typecheck:esp32 skipped: IDF_PATH not set (point it at an ESP-IDF v5.x checkout)');
    process.exit(0);
  }
  try {
    const { version, checked } = typecheckEsp32(idf);
    for (const line of checked) console.log(`ok  ${line}`);
    console.log(`typecheck:esp32 passed: ${checked.length} compilations against ESP-IDF ${version}`);
  } catch (err) {
    console.error(`typecheck:esp32 failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  }
}

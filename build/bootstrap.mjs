// First step of `npm start`, `npm test` and `npm run bench` on a fresh clone. Plain JavaScript with
// no dependencies on purpose: it runs before node_modules exists, and installs what is missing.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

// Debian package → the file that proves it is installed. The Chromium path can be overridden for
// machines that have a browser elsewhere (PRINTCAM_CHROMIUM).
const chromium = process.env.PRINTCAM_CHROMIUM || '/usr/bin/chromium';
const systemNeeds = [
  { pkg: 'chromium', file: chromium, skip: Boolean(process.env.PRINTCAM_CHROMIUM) },
  { pkg: 'cmake', file: '/usr/bin/cmake' },
  { pkg: 'g++', file: '/usr/bin/g++' },
  { pkg: 'make', file: '/usr/bin/make' },
  { pkg: 'catch2', file: '/usr/include/catch2/catch.hpp' },
  // clang and its runtime give libFuzzer for the firmware parsers' fuzz targets.
  { pkg: 'clang', file: '/usr/bin/clang++' },
  { pkg: 'libclang-rt-dev', file: null, probe: hasLibFuzzer },
  { pkg: 'ffmpeg', file: '/usr/bin/ffmpeg' },
  // The simulated camera encodes its frames with libjpeg-turbo, found by CMake through pkg-config.
  { pkg: 'libturbojpeg0-dev', file: '/usr/include/turbojpeg.h' },
  { pkg: 'pkg-config', file: '/usr/bin/pkg-config' },
  { pkg: 'valgrind', file: '/usr/bin/valgrind' },
  { pkg: 'clang-format', file: '/usr/bin/clang-format' },
  { pkg: 'socat', file: '/usr/bin/socat' },
  // 32-bit C++ headers: `npm run typecheck:esp32` parses ESP-IDF's headers as a 32-bit target.
  // Any g++ version: the distribution's default differs (Ubuntu 22.04 has 11, Debian 12 has 12).
  {
    pkg: 'g++-multilib',
    file: null,
    probe: () => exists('/usr/include/x86_64-linux-gnu/c++/*/32/bits/c++config.h'),
  },
];

/** True when the shell glob `pattern` names at least one file. */
function exists(pattern) {
  return spawnSync('sh', ['-c', `ls ${pattern}`], { stdio: 'ignore' }).status === 0;
}

function hasLibFuzzer() {
  return exists('/usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a');
}

function missingSystemPackages() {
  return systemNeeds.filter((n) => !n.skip && !(n.probe ? n.probe() : existsSync(n.file))).map((n) => n.pkg);
}

function installSystemPackages(pkgs) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const command = `apt-get update && apt-get install -y --no-install-recommends ${pkgs.join(' ')}`;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) {
    console.error(
      `printcam needs these system packages: ${pkgs.join(', ')}\nInstall them with:\n  sudo sh -c '${command}'`,
    );
    process.exit(1);
  }
  console.log(`Installing system packages: ${pkgs.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('sh', ['-c', command], { stdio: 'inherit', env });
}

// npm ci when node_modules is absent or was installed from another lockfile.
function ensureNodeModules() {
  const lock = readFileSync(join(root, 'package-lock.json'));
  const want = createHash('sha256').update(lock).digest('hex');
  const stamp = join(root, 'node_modules', '.printcam-lock-sha256');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === want) return;
  console.log('Installing node modules (npm ci)…');
  execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
  writeFileSync(stamp, want);
}

const missing = missingSystemPackages();
if (missing.length > 0) installSystemPackages(missing);
ensureNodeModules();

// First step of `npm start`, `npm test` and `npm run bench` on a fresh clone. Plain JavaScript with
// no dependencies on purpose: it runs before node_modules exists, and installs what is missing.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChromium, noChromiumMessage } from './lib/chromium.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

// What the project needs from the system (Debian 12/13, Ubuntu 22.04/24.04): the packages that
// provide it, the first one apt knows being installed, and the file that proves it is there.
const browser = {
  // Debian's chromium; Ubuntu 22.04 knows only chromium-browser, a launcher that installs the snap.
  // Any Chromium or Chrome at the usual places will do, or PRINTCAM_CHROMIUM (build/lib/chromium.mjs).
  pkgs: ['chromium', 'chromium-browser'],
  probe: () => findChromium() !== undefined,
};
const systemNeeds = [
  browser,
  { pkgs: ['cmake'], file: '/usr/bin/cmake' },
  { pkgs: ['g++'], file: '/usr/bin/g++' },
  { pkgs: ['make'], file: '/usr/bin/make' },
  // Catch2 v2 (Debian 12, Ubuntu 22.04) or v3 (Debian 13, Ubuntu 24.04): the tests build with both.
  {
    pkgs: ['catch2'],
    probe: () => exists('/usr/include/catch2/catch.hpp /usr/include/catch2/catch_all.hpp'),
  },
  // clang and its runtime give libFuzzer for the firmware parsers' fuzz targets. Ubuntu 22.04 has no
  // libclang-rt-dev: there the runtime comes with clang itself (libclang-common-14-dev).
  { pkgs: ['clang'], file: '/usr/bin/clang++' },
  { pkgs: ['libclang-rt-dev', 'clang'], probe: hasLibFuzzer },
  { pkgs: ['ffmpeg'], file: '/usr/bin/ffmpeg' },
  // The simulated camera encodes its frames with libjpeg-turbo, found by CMake through pkg-config.
  { pkgs: ['libturbojpeg0-dev'], file: '/usr/include/turbojpeg.h' },
  { pkgs: ['pkg-config'], file: '/usr/bin/pkg-config' },
  { pkgs: ['valgrind'], file: '/usr/bin/valgrind' },
  { pkgs: ['clang-format'], file: '/usr/bin/clang-format' },
  { pkgs: ['socat'], file: '/usr/bin/socat' },
  // 32-bit C++ headers: `npm run typecheck:esp32` parses ESP-IDF's headers as a 32-bit target.
  // Any g++ version: the distribution's default differs (Ubuntu 22.04 has 11, Debian 12 has 12).
  { pkgs: ['g++-multilib'], probe: () => exists('/usr/include/x86_64-linux-gnu/c++/*/32/bits/c++config.h') },
];

/** True when one of the shell glob `patterns` (space-separated) names at least one file. */
function exists(patterns) {
  return (
    spawnSync('sh', ['-c', `ls -d ${patterns} 2>/dev/null | grep -q .`], { stdio: 'ignore' }).status === 0
  );
}

function hasLibFuzzer() {
  return exists('/usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a');
}

function missingNeeds() {
  return systemNeeds.filter((need) => !(need.probe ? need.probe() : existsSync(need.file)));
}

/** The first of the need's packages that apt knows (its package lists decide), else the first. */
function packageFor(need) {
  const known = (pkg) =>
    spawnSync('apt-cache', ['show', '--no-all-versions', pkg], { stdio: 'ignore' }).status === 0;
  return need.pkgs.length === 1 ? need.pkgs[0] : (need.pkgs.find(known) ?? need.pkgs[0]);
}

const aptInstall = (pkgs) => `apt-get install -y --no-install-recommends ${pkgs.join(' ')}`;

function installSystemPackages(needs) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) {
    const pkgs = [...new Set(needs.map(packageFor))];
    console.error(
      `printcam needs these system packages: ${pkgs.join(', ')}\nInstall them with:\n` +
        `  sudo sh -c 'apt-get update && ${aptInstall(pkgs)}'`,
    );
    if (needs.includes(browser)) console.error(`\n${noChromiumMessage()}`);
    process.exit(1);
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const sh = (command) => spawnSync('sh', ['-c', command], { stdio: 'inherit', env }).status === 0;
  execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
  // The browser goes alone: Ubuntu's chromium-browser fails where snapd cannot run, and that must
  // not stop the rest from being installed. Whether a browser resulted is checked below.
  const pkgs = [...new Set(needs.filter((n) => n !== browser).map(packageFor))];
  if (pkgs.length > 0) {
    console.log(`Installing system packages: ${pkgs.join(' ')}`);
    if (!sh(aptInstall(pkgs))) process.exit(1);
  }
  if (needs.includes(browser)) sh(aptInstall([packageFor(browser)]));
  if (!browser.probe()) {
    console.error(noChromiumMessage());
    process.exit(1);
  }
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

const missing = missingNeeds();
if (missing.length > 0) installSystemPackages(missing);
ensureNodeModules();

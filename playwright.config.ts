import { defineConfig, devices } from '@playwright/test';
import { chromiumExecutable } from './build/lib/chromium.mjs';

// The system's Chromium or Chrome (PRINTCAM_CHROMIUM overrides), never a downloaded browser.
const executablePath = chromiumExecutable();
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

export default defineConfig({
  testDir: 'e2e/specs',
  outputDir: 'e2e/test-results',
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  timeout: 30_000,
  reporter: [['list'], ['json', { outputFile: 'e2e/test-results/results.json' }]],
  use: {
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath,
      args: [
        ...(isRoot ? ['--no-sandbox'] : []),
        // The network is closed: background services would only fail and add noise.
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [
    { name: 'phone', use: { ...devices['Pixel 7'], browserName: 'chromium' } },
    { name: 'desktop', use: { ...devices['Desktop Chrome'], browserName: 'chromium' } },
  ],
});

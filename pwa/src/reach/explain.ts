/**
 * Words for every probe outcome: what happened, why, and what to do next. Never a silent failure.
 */
import { displayAddress } from '../cameras/address.ts';
import type { BrowserReach } from './browser.ts';
import type { ProbeOutcome } from './probe.ts';

/** What the person can do next; the add form turns these into buttons and links. */
export type NextStep = 'add-anyway' | 'open-camera' | 'retry';

export interface Explanation {
  title: string;
  text: string;
  steps: NextStep[];
}

export function explainOutcome(outcome: ProbeOutcome, origin: string, reach: BrowserReach): Explanation {
  const at = displayAddress(origin);
  switch (outcome.kind) {
    case 'printcam':
      return {
        title: `Found ${outcome.info.name || at}`,
        text: `printcam ${outcome.info.firmware.version}.`,
        steps: [],
      };
    case 'needs-login':
      return {
        title: `${at} is a printcam camera with a password`,
        text: 'Add it, then open it and log in with its admin password.',
        steps: ['add-anyway', 'open-camera'],
      };
    case 'old-firmware':
      return {
        title: `${at} runs older printcam firmware`,
        text: `${outcome.version ? `Its firmware (${outcome.version}, API ${outcome.api}) ` : 'Its firmware '}is older than this app understands. Add it and update its firmware, or open its own page.`,
        steps: ['add-anyway', 'open-camera'],
      };
    case 'not-printcam':
      return {
        title: `${at} does not look like a printcam camera`,
        text: `Something is there, but ${outcome.detail}. It may be another device’s web page (a router or printer), or a printcam camera with firmware older than this app. Open it to see what it is.`,
        steps: ['open-camera', 'add-anyway'],
      };
    case 'unreachable':
      return explainUnreachable(outcome.reason, at, reach);
  }
}

function explainUnreachable(
  reason: Extract<ProbeOutcome, { kind: 'unreachable' }>['reason'],
  at: string,
  reach: BrowserReach,
): Explanation {
  switch (reason) {
    case 'offline':
      return {
        title: 'This device is offline',
        text: 'Connect to the network your cameras are on, then try again.',
        steps: ['retry'],
      };
    case 'lna-denied':
      return {
        title: 'Local network access is blocked for this app',
        text: 'The browser was told not to let this app reach devices on your network. Allow it in the site settings (the icon left of the address bar → Local network access → Allow), then try again.',
        steps: ['retry', 'open-camera'],
      };
    case 'mixed-content':
      return {
        title: 'This browser cannot reach cameras from a secure page',
        text: `${reach === 'webkit' ? 'Safari, and every browser on iPhone and iPad,' : reach === 'firefox' ? 'Firefox' : 'This browser'} blocks an https app from talking to http devices on your network. Open the camera’s own page instead: it works in every browser and lists your other cameras. Chrome or Edge (version 142 or newer) on a computer or Android can use this app.`,
        steps: ['open-camera', 'add-anyway'],
      };
    case 'timeout':
    case 'no-answer':
      return {
        title: `Nothing answered at ${at}`,
        text: `${reason === 'timeout' ? 'The address did not answer in time. ' : ''}Check the address, that the camera has power, and that this device is on the same network as the camera (not mobile data or a guest Wi-Fi).`,
        steps: ['retry', 'add-anyway'],
      };
  }
}

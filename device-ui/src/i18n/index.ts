/**
 * Every user-visible text of the device UI, in one place for translation: a translation is a copy
 * of this object. `{name}` marks a value filled in by `fmt`.
 */
export const t = {
  nav: { home: 'Camera', settings: 'Settings', system: 'System', peers: 'Other cameras' },
  offline: 'The camera is not answering. Reconnecting…',
  apiError: 'The camera answered with an error: {msg}',
  err: {
    network: 'No connection to the camera. Check that this device is on its network.',
    timeout: 'The camera did not answer in time. Try again.',
    http_401: 'Please log in.',
    too_many_attempts: 'Too many wrong passwords. Wait a minute, then try again.',
  } as Record<string, string>,
  retry: 'Try again',
  save: 'Save',
  saved: 'Saved.',
  saving: 'Saving…',
  noChanges: 'Nothing changed.',
  fixFields: 'Some values need fixing; see the marked fields.',
  rebootNeeded: 'Some changes take effect after a restart.',
  restartNow: 'Restart now',
  restarting: 'The camera is restarting. Waiting for it to come back…',
  back: 'Back',
  loading: 'Loading…',
  advanced: 'Advanced',
  secretSet: 'Set. Leave empty to keep it.',
  secretUnset: 'Not set.',
  // Login
  login: 'Log in',
  password: 'Password',
  badPassword: 'Wrong password.',
  // Live view
  live: 'Live view',
  pause: 'Pause',
  resume: 'Resume',
  fullscreen: 'Full screen',
  exitFullscreen: 'Exit full screen',
  snapshot: 'Download snapshot',
  noImage: 'No picture from the camera.',
  // Home status
  upload: 'Prusa Connect',
  lastUpload: 'Last upload: {when}',
  ago: '{d} ago',
  never: 'No upload yet.',
  uploadNow: 'Upload now',
  uploadQueued: 'Upload started.',
  /** By the uploader's state (firmware/core/connect/upload_status.hpp). */
  upState: {
    disabled: 'Uploads are off. Turn them on in Settings → Upload.',
    not_configured: 'Not set up: {why}',
    paused_ota: 'Paused while the firmware updates.',
    offline: 'Waiting for Wi-Fi.',
    waiting: 'Next upload in {d}.',
    uploading: 'Uploading…',
  } as Record<string, string>,
  wifi: 'Wi-Fi',
  signal: 'signal {n} of 4',
  uptime: 'Running for',
  firmware: 'Firmware',
  /**
   * What to do about a failed upload, by the uploader's failure code (firmware/core/connect/
   * failure.cpp); codes not here show the camera's own sentence.
   */
  uploadErr: {
    unauthorized: 'Prusa Connect refused the token. Copy it again from Connect and save it.',
    forbidden: 'Prusa Connect refused the token. Copy it again from Connect and save it.',
    bad_request: 'Prusa Connect refused the upload. Add the camera again in Connect and use its new token.',
    printer_offline: 'Prusa Connect takes pictures only while the printer is on and connected.',
    dns_failure: 'Prusa Connect could not be found. Check the Wi-Fi has internet access.',
    connect_failure: 'Could not reach Prusa Connect. Check the Wi-Fi has internet access.',
    tls_failure: 'The secure connection to Prusa Connect failed. Check the camera clock and network.',
    timeout: 'Prusa Connect did not answer in time. It will be tried again.',
    connection_lost: 'The connection broke during the upload. It will be tried again.',
    no_frame: 'The camera could not take a picture. Check the camera module and its cable.',
    too_large: 'The picture is too large for Prusa Connect. Lower the resolution or JPEG quality.',
    rate_limited: 'Too many uploads for Prusa Connect. Raise the upload interval.',
    server_error: 'Prusa Connect has a problem. Uploads continue when it recovers.',
  } as Record<string, string>,
  // Setup
  setupTitle: 'Set up this camera',
  setupIntro: 'Connect it to your Wi-Fi and to Prusa Connect.',
  networks: 'Wi-Fi network',
  scan: 'Scan again',
  scanning: 'Looking for networks…',
  otherNetwork: 'Other (hidden) network',
  ssid: 'Network name',
  secured: 'secured',
  cameraName: 'Camera name (optional)',
  token: 'Prusa Connect token',
  tokenHow: 'In Prusa Connect open Printer → Camera → Add new other camera, and copy its token.',
  adminPassword: 'Admin password (optional)',
  adminHelp: 'Protects the settings. Leave empty to keep the camera open on your network.',
  apWarning:
    'When the camera joins your Wi-Fi it turns its own network off, and this phone will disconnect. Note the address below, then rejoin your usual Wi-Fi.',
  join: 'Connect',
  joining: 'Joining {ssid}…',
  joined: 'Connected! Continue on your usual Wi-Fi at:',
  joinFailed: 'The camera could not join {ssid}. Check the name and password.',
  /** Why a join failed, by the camera's Wi-Fi status. */
  joinWhy: {
    wrong_password: 'The password for {ssid} is wrong.',
    no_network: 'The camera cannot find {ssid}. Move it closer or check the name.',
  } as Record<string, string>,
  continueAt: 'If this page stops answering, rejoin your Wi-Fi and open {url}',
  // System
  version: 'Version {v} ({b})',
  update: 'Update firmware',
  updateFile: 'Firmware file (.bin)',
  updateStart: 'Upload and install',
  uploading: 'Uploading… {p}%',
  updated: 'Update installed. The camera restarts with the new firmware.',
  restart: 'Restart',
  reset: 'Factory reset',
  resetHelp: 'Erases every setting, Wi-Fi included. Type {word} to confirm.',
  resetWord: 'reset',
  logs: 'Log',
  downloadLogs: 'Download log',
  exportTitle: 'Back up settings',
  exportBtn: 'Export settings',
  exportNote: 'Passwords and tokens are never read back from the camera, so the file holds none.',
  importBtn: 'Import settings',
  importBad: 'That file is not a settings export.',
  imported: 'Imported {n} settings.',
  // Peers
  peersNone: 'No other cameras found on this network yet.',
};

/** Fills `{name}` slots in a text. */
export const fmt = (text: string, vars: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));

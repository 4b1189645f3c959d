/**
 * The camera's OTA error codes (firmware/API.md §OTA) in words a person acts on. The camera's own
 * sentence follows as the detail, so a code this table does not know still reads sensibly.
 */
const LEADS: Record<string, string> = {
  wrong_board: 'Wrong board: this image is for another kind of camera.',
  wrong_chip: 'Wrong chip: this image is for another ESP32 family.',
  wrong_project: 'Not printcam firmware.',
  image_too_large: 'Too large for this camera’s firmware slot.',
  bad_checksum: 'Corrupt image: its checksum does not match.',
  hash_mismatch: 'Corrupt image: its SHA-256 does not match.',
  sha256_mismatch: 'Corrupt download: it is not the file the release describes.',
  truncated: 'Corrupt image: it ends early.',
  trailing_data: 'Corrupt image: extra bytes after its end.',
  bad_magic: 'Not a firmware image.',
  bad_segment_count: 'Corrupt image: its layout is not valid.',
  bad_segment: 'Corrupt image: its layout is not valid.',
  segment_past_end: 'Corrupt image: its layout is not valid.',
  no_hash: 'The image has no checksum, so it cannot be checked.',
  no_app_description: 'Not printcam firmware.',
  bad_version: 'The image’s version is not readable.',
  no_board: 'The image does not say which board it is for.',
  platform_rejected: 'The camera refused the image after writing it.',
  upload_interrupted: 'The upload was cut off.',
  flash_failed: 'The camera could not write its flash.',
  download_failed: 'The camera could not download the image.',
  bad_manifest: 'The camera could not read the release manifest.',
  ota_in_progress: 'Another update is already running on this camera.',
  health_check_pending: 'The camera is still checking its last update; try again in two minutes.',
  invalid_url: 'The camera refused the image address.',
  length_required: 'The upload had no length.',
  network: 'No connection to the camera.',
  timeout: 'The camera did not answer in time.',
};

/** "Lead sentence (camera's sentence)" or just the camera's sentence for an unknown code. */
export function otaErrorText(code: string, message: string): string {
  const lead = LEADS[code];
  if (!lead) return message || code;
  return message && message !== lead ? `${lead} ${message}` : lead;
}

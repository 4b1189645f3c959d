import { useState } from 'preact/hooks';
import type { FlasherBoard } from '../../generated/boards.ts';
import { formatBytes } from '../progress.ts';
import type { FlashSummary } from '../states.ts';
import type { SerialPortLike } from '../transports/serial-port.ts';
import { ProvisionStep } from './ProvisionStep.tsx';

/** After a verified write: what happened, the settings backup to keep, and the way on to setup. */
export function FlashedStep({
  board,
  port,
  summary,
}: {
  board: FlasherBoard;
  port: SerialPortLike;
  summary: FlashSummary;
}) {
  const [provisioning, setProvisioning] = useState(false);
  const backupUrl = summary.settingsBackup
    ? URL.createObjectURL(
        new Blob([summary.settingsBackup as Uint8Array<ArrayBuffer>], { type: 'application/octet-stream' }),
      )
    : undefined;
  return (
    <section aria-labelledby="flashed">
      <h2 id="flashed">Flashed and verified</h2>
      <p>
        {summary.mode === 'install' ? 'Installed' : 'Updated'} {board.name}:{' '}
        {formatBytes(summary.bytesWritten)} in {summary.seconds.toFixed(1)} s at {summary.chip.baud} baud. The
        camera is starting.
      </p>
      {backupUrl && (
        <p>
          <a href={backupUrl} download={`printcam-settings-${summary.chip.mac.replaceAll(':', '')}.bin`}>
            Download the settings backup
          </a>{' '}
          (it was written back already; keep it in case).
        </p>
      )}
      {provisioning ? (
        <ProvisionStep port={port} />
      ) : (
        <button type="button" onClick={() => setProvisioning(true)}>
          Set up Wi-Fi and Prusa Connect
        </button>
      )}
    </section>
  );
}

import type { FlasherBoard } from '../../generated/boards.ts';
import { guideFor } from '../board-guides.ts';
import type { Firmware } from '../firmware.ts';
import { CLI_HINT, type Support } from '../transports/choose.ts';
import { WiringPicture } from './WiringPicture.tsx';

/** Step 2: get the board into download mode and pick its port. */
export function ConnectStep({
  board,
  firmware,
  support,
  onConnect,
  onBack,
}: {
  board: FlasherBoard;
  firmware: Firmware;
  support: Support;
  onConnect: () => void;
  onBack: () => void;
}) {
  const guide = guideFor(board.id);
  return (
    <section aria-labelledby="connect">
      <h2 id="connect">2. Connect {board.name}</h2>
      <p>
        Firmware {firmware.manifest.version} ({firmware.source}).
      </p>
      <WiringPicture kind={guide.wiring} />
      <p>{guide.programmer}</p>
      <ol>
        {guide.bootSteps.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ol>
      {support.kind === 'none' ? (
        <div role="alert" class="msg">
          <p>{support.reason}</p>
          <p>
            From a computer with Python, the command line works with the same files: <code>{CLI_HINT}</code>
          </p>
        </div>
      ) : (
        <p>
          <button type="button" onClick={onConnect}>
            Connect
          </button>{' '}
          {support.kind === 'webusb' && (
            <small>Android: pick the USB adapter (CH340, CP210x, FTDI or the board itself).</small>
          )}
        </p>
      )}
      <p>
        <button type="button" class="secondary" onClick={onBack}>
          Back to boards
        </button>
      </p>
    </section>
  );
}

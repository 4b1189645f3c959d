import { useMemo, useRef, useState } from 'preact/hooks';
import type { FlasherBoard } from '../../generated/boards.ts';
import { ERROR_MESSAGES, errorDetail, FlashError, isAbort } from '../errors.ts';
import { type Firmware, findFirmware, fromFiles } from '../firmware.ts';
import { runFlash } from '../procedure.ts';
import type { DetectedChip, FlashPlan, FlashState, FlashSummary } from '../states.ts';
import { detectSupport, requestPort } from '../transports/choose.ts';
import type { SerialPortLike } from '../transports/serial-port.ts';
import { BoardPicker } from './BoardPicker.tsx';
import { ChooseStep } from './ChooseStep.tsx';
import { ConnectStep } from './ConnectStep.tsx';
import { ErrorPanel } from './ErrorPanel.tsx';
import { FlashedStep } from './FlashedStep.tsx';
import { ProgressStep } from './ProgressStep.tsx';
import { VisibilityWarning } from './VisibilityWarning.tsx';

/** Set at build time (PRINTCAM_FIRMWARE_FEED): a firmware index for newer releases, or "". */
declare const __PRINTCAM_FIRMWARE_FEED__: string;
const FEED =
  typeof __PRINTCAM_FIRMWARE_FEED__ === 'string' && __PRINTCAM_FIRMWARE_FEED__
    ? new URL(__PRINTCAM_FIRMWARE_FEED__)
    : undefined;

type Screen =
  | { at: 'board'; error?: string }
  | { at: 'connect'; board: FlasherBoard; firmware: Firmware }
  | {
      at: 'run';
      board: FlasherBoard;
      firmware: Firmware;
      state: FlashState | undefined;
      choosing?: DetectedChip;
    }
  | { at: 'flashed'; board: FlasherBoard; port: SerialPortLike; summary: FlashSummary };

/** The guided flow: board → connect → detect and choose → flash → provision. */
export function Flasher() {
  const [screen, setScreen] = useState<Screen>({ at: 'board' });
  const support = useMemo(() => detectSupport(navigator as never, isSecureContext), []);
  const pendingChoice = useRef<(plan: FlashPlan) => void>(undefined);
  const abort = useRef<AbortController>(undefined);

  const pickBoard = async (board: FlasherBoard, files?: File[]) => {
    try {
      const firmware = files
        ? await fromFiles(files)
        : await findFirmware(board.id, new URL('firmware/index.json', document.baseURI), FEED);
      setScreen({ at: 'connect', board, firmware });
    } catch (err) {
      setScreen({
        at: 'board',
        error: err instanceof FlashError ? err.message : ERROR_MESSAGES['firmware-unavailable'],
      });
    }
  };

  const start = async (board: FlasherBoard, firmware: Firmware) => {
    let port: SerialPortLike;
    try {
      port = await requestPort(navigator as never);
    } catch (err) {
      const code =
        err instanceof DOMException && err.name === 'NotFoundError' ? 'no-port-selected' : 'unknown';
      const state: FlashState = {
        step: 'error',
        code,
        message: ERROR_MESSAGES[code],
        detail: errorDetail(err),
      };
      setScreen({ at: 'run', board, firmware, state });
      return;
    }
    abort.current = new AbortController();
    setScreen({ at: 'run', board, firmware, state: undefined });
    try {
      const final = await runFlash({
        port,
        board,
        firmware,
        signal: abort.current.signal,
        onEvent: (state) => setScreen({ at: 'run', board, firmware, state }),
        choose: (chip) =>
          new Promise<FlashPlan>((resolve) => {
            pendingChoice.current = resolve;
            setScreen({ at: 'run', board, firmware, state: { step: 'detected', chip }, choosing: chip });
          }),
      });
      if (final.step === 'flashed') setScreen({ at: 'flashed', board, port, summary: final.summary });
    } catch (err) {
      if (!isAbort(err)) throw err;
      setScreen({ at: 'connect', board, firmware });
    }
  };

  const back = () => {
    abort.current?.abort(new DOMException('Cancelled', 'AbortError'));
    setScreen({ at: 'board' });
  };

  const busy = screen.at === 'run' && !screen.choosing && screen.state?.step !== 'error';
  return (
    <main class="flasher">
      <h1>Set up a new camera</h1>
      <VisibilityWarning busy={busy} />
      {screen.at === 'board' && (
        <>
          {screen.error && (
            <p role="alert" class="msg error">
              {screen.error}
            </p>
          )}
          <BoardPicker onPick={(b) => void pickBoard(b)} onLocalFiles={(b, f) => void pickBoard(b, f)} />
        </>
      )}
      {screen.at === 'connect' && (
        <ConnectStep
          board={screen.board}
          firmware={screen.firmware}
          support={support}
          onConnect={() => void start(screen.board, screen.firmware)}
          onBack={back}
        />
      )}
      {screen.at === 'run' && (
        <RunView
          screen={screen}
          onChoose={(p) => pendingChoice.current?.(p)}
          onRetry={() => void start(screen.board, screen.firmware)}
          onBack={back}
        />
      )}
      {screen.at === 'flashed' && (
        <FlashedStep board={screen.board} port={screen.port} summary={screen.summary} />
      )}
    </main>
  );
}

function RunView({
  screen,
  onChoose,
  onRetry,
  onBack,
}: {
  screen: Extract<Screen, { at: 'run' }>;
  onChoose: (plan: FlashPlan) => void;
  onRetry: () => void;
  onBack: () => void;
}) {
  const s = screen.state;
  if (screen.choosing && s?.step === 'detected')
    return <ChooseStep board={screen.board} chip={screen.choosing} onChoose={onChoose} />;
  if (!s || s.step === 'connecting' || s.step === 'detected')
    return <p role="status">Connecting to the board…</p>;
  if (s.step === 'preparing') return <p role="status">Loading and checking the firmware…</p>;
  if (s.step === 'backing-up') return <ProgressStep title="Backing up settings" progress={s.progress} />;
  if (s.step === 'writing') return <ProgressStep title="Flashing" progress={s.progress} baud={s.baud} />;
  if (s.step === 'resetting') return <p role="status">Verified. Starting the new firmware…</p>;
  if (s.step === 'error')
    return <ErrorPanel message={s.message} detail={s.detail} onRetry={onRetry} onBack={onBack} />;
  return null;
}

import { BOARDS, type FlasherBoard } from '../../generated/boards.ts';
import { guideFor } from '../board-guides.ts';
import { WiringPicture } from './WiringPicture.tsx';

/** Step 1: which board is on the cable, with how to wire it. */
export function BoardPicker({
  onPick,
  onLocalFiles,
}: {
  onPick: (board: FlasherBoard) => void;
  onLocalFiles: (board: FlasherBoard, files: File[]) => void;
}) {
  return (
    <section aria-labelledby="pick-board">
      <h2 id="pick-board">1. Pick your board</h2>
      <ul class="boards">
        {BOARDS.map((b) => {
          const guide = guideFor(b.id);
          return (
            <li key={b.id} class="board">
              <WiringPicture kind={guide.wiring} />
              <h3>{b.name}</h3>
              <p>{guide.programmer}</p>
              <button type="button" onClick={() => onPick(b)}>
                Flash {b.name}
              </button>
              <details>
                <summary>Developers: flash local files</summary>
                <label>
                  Manifest and images for {b.name}
                  <input
                    type="file"
                    multiple
                    accept=".json,.bin"
                    onChange={(e) => {
                      const files = [...(e.currentTarget.files ?? [])];
                      if (files.length > 0) onLocalFiles(b, files);
                    }}
                  />
                </label>
              </details>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

import { useState } from 'preact/hooks';
import { cameraStore } from '../../cameras/cameras.ts';
import { exportList, importList } from '../../cameras/list-file.ts';

/** Export the list to a JSON file and import one back; a wrong file changes nothing. */
export function ListFile() {
  const [message, setMessage] = useState('');
  const download = () => {
    const blob = new Blob([exportList(cameraStore.get())], { type: 'application/json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = 'printcam-cameras.json';
    a.click();
    // Revoked later: revoking at once can cancel the download in Chromium.
    setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
  };
  const upload = async (file: File | undefined) => {
    if (!file) return;
    const text = await file.text();
    let summary = '';
    const r = await cameraStore.apply((list) => {
      const result = importList(list, text);
      if (result.ok) summary = `Imported ${result.added} camera(s); ${result.alreadyListed} already listed.`;
      return result;
    });
    setMessage(r.ok ? summary : r.message);
  };
  return (
    <section aria-labelledby="file-heading">
      <h2 id="file-heading">Move your list</h2>
      <p class="row">
        <button type="button" onClick={download}>
          Export list
        </button>
        <label class="button">
          Import list
          <input
            type="file"
            accept="application/json,.json"
            class="visually-hidden"
            onChange={(e) => {
              void upload(e.currentTarget.files?.[0]);
              e.currentTarget.value = '';
            }}
          />
        </label>
      </p>
      <p role="status" aria-live="polite">
        {message}
      </p>
    </section>
  );
}

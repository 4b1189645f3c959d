import { useState } from 'preact/hooks';
import { appPath } from '../../base.ts';
import { type Camera, labelOf, moveCamera, renameCamera, setGroup } from '../../cameras/camera-list.ts';
import { cameraStore } from '../../cameras/cameras.ts';
import { useHealth } from '../../cameras/use-health.ts';

/** One camera in the list: its health, and the controls to rename, regroup, reorder and remove. */
export function CameraRow({ camera, onRemove }: { camera: Camera; onRemove: (c: Camera) => void }) {
  const [editing, setEditing] = useState(false);
  const health = useHealth(camera.origin);
  const label = labelOf(camera);
  const facts = health
    ? [health.state, health.version, health.upload, health.signal].filter(Boolean)
    : ['checking…'];
  return (
    <li class="camera" data-online={health?.online}>
      <div class="camera-main">
        <a href={appPath(`cameras/${camera.id}`)} class="camera-name">
          {label}
        </a>
        <span class="muted">{camera.origin.replace(/^https?:\/\//, '')}</span>
        <span class="health">{facts.join(' · ')}</span>
      </div>
      {editing ? (
        <EditForm camera={camera} onDone={() => setEditing(false)} />
      ) : (
        <div class="row actions">
          <button
            type="button"
            aria-label={`Move ${label} up`}
            onClick={() => cameraStore.apply((l) => moveCamera(l, camera.id, -1))}
          >
            ↑
          </button>
          <button
            type="button"
            aria-label={`Move ${label} down`}
            onClick={() => cameraStore.apply((l) => moveCamera(l, camera.id, 1))}
          >
            ↓
          </button>
          <button type="button" aria-label={`Edit ${label}`} onClick={() => setEditing(true)}>
            Edit
          </button>
          <button type="button" aria-label={`Remove ${label}`} onClick={() => onRemove(camera)}>
            Remove
          </button>
        </div>
      )}
    </li>
  );
}

function EditForm({ camera, onDone }: { camera: Camera; onDone: () => void }) {
  const [name, setName] = useState(camera.name);
  const [group, setGroupText] = useState(camera.group);
  const save = async (e: Event) => {
    e.preventDefault();
    await cameraStore.apply((l) => setGroup(renameCamera(l, camera.id, name), camera.id, group));
    onDone();
  };
  return (
    <form class="row" onSubmit={save}>
      <label>
        Name <input value={name} onInput={(e) => setName(e.currentTarget.value)} />
      </label>
      <label>
        Printer <input value={group} onInput={(e) => setGroupText(e.currentTarget.value)} />
      </label>
      <button type="submit">Save</button>
      <button type="button" onClick={onDone}>
        Cancel
      </button>
    </form>
  );
}

import { appPath } from '../../base.ts';

export function NotFound() {
  return (
    <main>
      <h1>No such page</h1>
      <p>
        <a href={appPath('')}>Back to your cameras</a>
      </p>
    </main>
  );
}

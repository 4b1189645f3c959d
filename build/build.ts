// `npm run build`: every web artifact and the generated firmware sources, then the size table.
import { BoardTableError, generateBoards } from './codegen/boards.ts';
import { generateSettings, SchemaError } from './codegen/settings.ts';
import { BudgetError, buildDeviceUi } from './lib/device-ui.ts';
import { buildPwa } from './lib/pwa.ts';
import { formatSizeTable } from './lib/size-table.ts';

export async function buildAll(): Promise<void> {
  generateBoards();
  // Before the device UI: it imports the generated settings types.
  generateSettings();
  const ui = await buildDeviceUi();
  const pwaRows = await buildPwa();
  console.log(formatSizeTable([...ui.rows, ...pwaRows]));
}

/** What a failed build prints: the known build errors as one plain sentence, anything else in full. */
export function buildFailure(err: unknown): unknown {
  const known = err instanceof BudgetError || err instanceof SchemaError || err instanceof BoardTableError;
  return known ? `Build failed: ${err.message}` : err;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  buildAll().catch((err: unknown) => {
    console.error(buildFailure(err));
    process.exit(1);
  });
}

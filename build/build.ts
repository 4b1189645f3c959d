// `npm run build`: every web artifact and the generated firmware sources, then the size table.
import { generateSettings, SchemaError } from './codegen/settings.ts';
import { BudgetError, buildDeviceUi } from './lib/device-ui.ts';
import { buildPwa } from './lib/pwa.ts';
import { formatSizeTable } from './lib/size-table.ts';

export async function buildAll(): Promise<void> {
  // First: the device UI imports the generated settings types.
  generateSettings();
  const ui = await buildDeviceUi();
  const pwaRows = await buildPwa();
  console.log(formatSizeTable([...ui.rows, ...pwaRows]));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  buildAll().catch((err: unknown) => {
    console.error(
      err instanceof BudgetError || err instanceof SchemaError ? `Build failed: ${err.message}` : err,
    );
    process.exit(1);
  });
}

/** One array the firmware serves from flash, as read back from the generated C++ header. */
export interface HeaderAsset {
  symbol: string;
  /** Bytes in the array: what the asset costs in flash and what goes on the wire as its body. */
  bytes: number;
  contentType: string;
  gzip: boolean;
}

const ARRAY = /inline constexpr std::uint8_t (\w+)Bytes\[\] = \{([^}]*)\};/g;

/**
 * Reads the assets back out of firmware/generated/ui_asset.hpp (written by build/lib/c-header.ts),
 * counting the bytes actually in each array rather than trusting its Size constant.
 */
export function parseUiHeader(text: string): HeaderAsset[] {
  const assets = [...text.matchAll(ARRAY)].map(([, symbol, body]) => {
    const bytes = body.match(/0x[0-9a-fA-F]{2}/g)?.length ?? 0;
    const declared = constant(text, `${symbol}Size`, /(\d+)/);
    if (Number(declared) !== bytes) {
      throw new Error(`${symbol}: the array holds ${bytes} bytes but ${symbol}Size says ${declared}`);
    }
    return {
      symbol,
      bytes,
      contentType: JSON.parse(constant(text, `${symbol}ContentType[]`, /("(?:[^"\\]|\\.)*")/)) as string,
      gzip: constant(text, `${symbol}Gzip`, /(true|false)/) === 'true',
    };
  });
  if (assets.length === 0) throw new Error('no asset arrays found in the UI header');
  return assets;
}

function constant(text: string, name: string, value: RegExp): string {
  const escaped = name.replace(/[[\]]/g, '\\$&');
  const m = new RegExp(`inline constexpr [\\w:]+ ${escaped} = ${value.source};`).exec(text);
  if (!m) throw new Error(`the UI header has no ${name}`);
  return m[1];
}

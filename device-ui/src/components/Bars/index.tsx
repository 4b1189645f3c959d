import { fmt, t } from '../../i18n/index.ts';
import { bars } from '../../lib/format.ts';

/** Wi-Fi signal as four bars, with its strength in words for screen readers. */
export function Bars({ rssi }: { rssi?: number }) {
  const n = bars(rssi);
  return (
    <svg class="bars" viewBox="0 0 16 12" width="20" height="15" role="img" aria-label={fmt(t.signal, { n })}>
      {[0, 1, 2, 3].map((i) => (
        <rect x={i * 4} y={9 - i * 3} width="3" height={3 + i * 3} opacity={i < n ? 1 : 0.25} />
      ))}
    </svg>
  );
}

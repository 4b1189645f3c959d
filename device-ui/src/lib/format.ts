/** Signal bars (0–4) for an RSSI in dBm, on the thresholds phones commonly use; 0 when unknown. */
export function bars(rssi: number | undefined): number {
  if (rssi === undefined || rssi >= 0) return 0;
  return [-85, -75, -67, -55].filter((edge) => rssi >= edge).length;
}

/** A duration in its two largest units, e.g. `3 d 4 h`, `5 min 2 s`, `12 s`. */
export function duration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const parts: [number, string][] = [
    [Math.floor(s / 86400), 'd'],
    [Math.floor(s / 3600) % 24, 'h'],
    [Math.floor(s / 60) % 60, 'min'],
    [s % 60, 's'],
  ];
  const first = parts.findIndex(([n]) => n > 0);
  if (first < 0) return '0 s';
  return parts
    .slice(first, first + 2)
    .filter(([n]) => n > 0)
    .map(([n, u]) => `${n} ${u}`)
    .join(' ');
}

/** A Unix time as the local date and time, or as time alone when it is today. */
export function when(unix: number, now = Date.now()): string {
  const d = new Date(unix * 1000);
  return d.toDateString() === new Date(now).toDateString() ? d.toLocaleTimeString() : d.toLocaleString();
}

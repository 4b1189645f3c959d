/**
 * The first GETs, started by the inline script at the top of device-ui/index.html while the rest
 * of the page still downloads and parses: over the access point's slow link that saves a round
 * trip before the first screen. Each is handed out once; later calls fetch afresh.
 */
type Early = Record<string, Promise<Response> | undefined>;

export function takeEarly(url: string): Promise<Response> | undefined {
  const early = (globalThis as { pcEarly?: Early }).pcEarly;
  const response = early?.[url];
  if (early) early[url] = undefined;
  return response;
}

/** Probes an address and explains the outcome: the add-by-address flow's one call. */
import { observeInfo } from '../api/camera-client.ts';
import { browserReach, isMixedContent } from './browser.ts';
import { type Explanation, explainOutcome } from './explain.ts';
import { queryLna } from './lna.ts';
import { classifyProbe, type ProbeOutcome } from './probe.ts';

export interface AddressCheck {
  outcome: ProbeOutcome;
  explanation: Explanation;
}

export async function checkAddress(origin: string, signal?: AbortSignal): Promise<AddressCheck> {
  const seen = await observeInfo(origin, signal);
  const reach = browserReach(navigator.userAgent);
  const outcome = classifyProbe(seen, {
    online: navigator.onLine,
    reach,
    mixedContent: isMixedContent(location.href, origin),
    lna: await queryLna(),
  });
  return { outcome, explanation: explainOutcome(outcome, origin, reach) };
}

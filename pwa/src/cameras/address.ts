/**
 * Turns what a person types into the address box ("192.168.1.50", "printcam.local",
 * "http://10.0.0.7:8080/stream.mjpg") into one canonical camera origin, or says what is wrong.
 * Pure: tested in Node.
 */

export type AddressResult = { ok: true; origin: string } | { ok: false; message: string };

/** Host names are letters, digits, hyphens and dots (RFC 1123); anything else is a typo. */
const HOST_NAME = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*\.?$/i;

export function parseCameraAddress(input: string): AddressResult {
  const text = input.trim();
  if (text === '')
    return { ok: false, message: 'Type the camera’s address, like 192.168.1.50 or printcam.local.' };
  if (/\s/.test(text)) return { ok: false, message: 'An address has no spaces.' };
  const hasScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text);
  if (hasScheme && !/^https?:\/\//i.test(text)) {
    return { ok: false, message: 'A camera address starts with http:// (or nothing at all).' };
  }
  let url: URL;
  try {
    url = new URL(hasScheme ? text : `http://${text}`);
  } catch {
    return {
      ok: false,
      message: `“${text}” is not an address. Try an IP like 192.168.1.50 or a name like printcam.local.`,
    };
  }
  if (url.username || url.password) {
    return {
      ok: false,
      message: 'Leave the password out of the address; the app asks for it when the camera needs it.',
    };
  }
  const host = url.hostname;
  const isIpv6 = host.startsWith('[');
  if (!isIpv6 && !HOST_NAME.test(host)) {
    return { ok: false, message: `“${host}” is not a valid host name.` };
  }
  // Any path, query or fragment (a pasted stream or snapshot URL) is dropped: the camera is its origin.
  return { ok: true, origin: url.origin };
}

/** A short label for an origin: its host and port, without the scheme. */
export function displayAddress(origin: string): string {
  return origin.replace(/^https?:\/\//, '');
}

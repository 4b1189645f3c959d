/**
 * A Server-Sent Events parser (the WHATWG "event stream" format) fed with text chunks as they
 * arrive, so events split across network reads still come out whole. `event:` names the type
 * (default `message`), `data:` lines join with newlines, a blank line dispatches, `:` is a comment.
 */
export function createSseParser(emit: (type: string, data: string) => void): (chunk: string) => void {
  let rest = '';
  let type = '';
  let data: string[] = [];
  return (chunk) => {
    const lines = (rest + chunk).split(/\r\n|\r|\n/);
    // The last piece has no line end yet; keep it for the next chunk.
    rest = lines.pop() ?? '';
    for (const line of lines) {
      if (!line) {
        if (data.length) emit(type || 'message', data.join('\n'));
        type = '';
        data = [];
        continue;
      }
      const colon = line.indexOf(':');
      if (colon === 0) continue;
      const name = colon < 0 ? line : line.slice(0, colon);
      const value = colon < 0 ? '' : line.slice(colon + (line[colon + 1] === ' ' ? 2 : 1));
      if (name === 'event') type = value;
      else if (name === 'data') data.push(value);
    }
  };
}

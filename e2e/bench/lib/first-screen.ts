import { readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';

/** Module scripts and modulepreloads of an HTML shell, as paths relative to its folder. */
export function entryScripts(html: string): string[] {
  const tags = [
    ...html.matchAll(/<script\b[^>]*\btype=["']?module["']?[^>]*\bsrc=["']([^"']+)["']/gi),
    ...html.matchAll(/<link\b[^>]*\brel=["']?modulepreload["']?[^>]*\bhref=["']([^"']+)["']/gi),
  ];
  return [...new Set(tags.map((m) => m[1]))];
}

/**
 * Static imports and re-exports of an ES module: fetched before it runs. Dynamic `import(…)` is
 * a lazy chunk and is not matched (the quote must follow `import` or `from` directly).
 */
export function staticImports(js: string): string[] {
  const found = [
    ...js.matchAll(/(?:^|[;\n}])\s*import\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g),
    ...js.matchAll(/(?:^|[;\n}])\s*export\s*(?:\*|\{[^}]*\})\s*from\s*["']([^"']+)["']/g),
  ];
  return [...new Set(found.map((m) => m[1]))];
}

/**
 * Every JS file the shell at `dir/index.html` loads before any lazy chunk: its entry modules and
 * the closure of their static imports, as absolute paths.
 */
export function firstScreenJs(dir: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const spec of staticImports(readFileSync(file, 'utf8'))) {
      if (!spec.startsWith('.')) throw new Error(`${file} imports '${spec}', which a browser cannot resolve`);
      visit(normalize(join(dirname(file), spec)));
    }
  };
  for (const src of entryScripts(readFileSync(join(dir, 'index.html'), 'utf8'))) {
    visit(normalize(join(dir, new URL(src, 'http://x/').pathname)));
  }
  return [...seen];
}

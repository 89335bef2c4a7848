// A list page (an outlet's section, a search result) whose links lead to articles: the links that
// match the source's pattern, absolute, de-duplicated, in page order, at most `max`.
import { parseHTML } from 'linkedom';

/** Longest pattern accepted, and longest URL tested against it: bounds what a pattern can cost. */
export const MAX_PATTERN_LENGTH = 300;
const MAX_URL_LENGTH = 2000;

/** A link pattern as typed by the user: a regular expression, checked when the source is added. */
export function compileLinkPattern(pattern: string): RegExp {
  if (pattern.length > MAX_PATTERN_LENGTH)
    throw new Error(`--links: pattern longer than ${MAX_PATTERN_LENGTH} characters`);
  try {
    return new RegExp(pattern, 'i');
  } catch (e) {
    throw new Error(`--links: not a valid regular expression: ${(e as Error).message}`);
  }
}

export function articleLinks(html: string, pageUrl: string, pattern: RegExp, max = 100): string[] {
  const { document } = parseHTML(html);
  const seen = new Set<string>();
  for (const a of document.querySelectorAll('a[href]')) {
    let href: URL;
    try {
      href = new URL(a.getAttribute('href') ?? '', pageUrl);
    } catch {
      continue;
    }
    if (href.protocol !== 'http:' && href.protocol !== 'https:') continue;
    href.hash = '';
    const s = href.href;
    if (s.length > MAX_URL_LENGTH || s === pageUrl || seen.has(s) || !pattern.test(s)) continue;
    seen.add(s);
    if (seen.size >= max) break;
  }
  return [...seen];
}

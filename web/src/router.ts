// A tiny history router: "/" (the explorer) and "/event/:id"; the query string carries the filters.
import { useEffect, useState } from 'react';

export type Route = { page: 'explore' } | { page: 'event'; id: string } | { page: 'sources' } | { page: 'duplicates' };

export function parseRoute(path: string): Route {
  if (/^\/sources\/?$/.test(path)) return { page: 'sources' };
  if (/^\/duplicates\/?$/.test(path)) return { page: 'duplicates' };
  const m = /^\/event\/([\w.:-]{1,100})\/?$/.exec(path);
  return m ? { page: 'event', id: m[1] } : { page: 'explore' };
}

export function navigate(url: string, replace = false): void {
  if (replace) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
  window.dispatchEvent(new Event('khronika:navigate'));
}

const readLocation = () => ({ path: location.pathname, search: location.search });

export function useLocation(): { path: string; search: string } {
  const [loc, setLoc] = useState(readLocation);
  useEffect(() => {
    const on = () => setLoc(readLocation());
    window.addEventListener('popstate', on);
    window.addEventListener('khronika:navigate', on);
    // a child's effect may have navigated (replaced a link's names by codes) before this listened
    on();
    return () => {
      window.removeEventListener('popstate', on);
      window.removeEventListener('khronika:navigate', on);
    };
  }, []);
  return loc;
}

// Routes are real paths (shareable, the server answers them with index.html); links are ordinary
// <a href>, taken over here so a click does not reload the page.
import { useEffect, useState } from 'preact/hooks';

export type Route =
  | { page: 'home'; params: URLSearchParams }
  | { page: 'article'; id: string; params: URLSearchParams }
  | { page: 'speaker'; id: string; params: URLSearchParams }
  | { page: 'search'; params: URLSearchParams }
  | { page: 'try'; params: URLSearchParams }
  | { page: 'missing'; params: URLSearchParams };

export function parseRoute(location: { pathname: string; search: string }): Route {
  const params = new URLSearchParams(location.search);
  const parts = location.pathname.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts.length === 0) return { page: 'home', params };
  if (parts[0] === 'article' && parts.length === 2) return { page: 'article', id: parts[1], params };
  if (parts[0] === 'speaker' && parts.length === 2) return { page: 'speaker', id: parts[1], params };
  if (parts[0] === 'search' && parts.length === 1) return { page: 'search', params };
  if (parts[0] === 'try' && parts.length === 1) return { page: 'try', params };
  return { page: 'missing', params };
}

export const href = {
  article: (id: string, statement?: string) => `/article/${encodeURIComponent(id)}${statement ? `?s=${encodeURIComponent(statement)}` : ''}`,
  speaker: (id: string) => `/speaker/${encodeURIComponent(id)}`,
  search: (params: Record<string, string | undefined>) => {
    const query = new URLSearchParams(Object.entries(params).filter((entry): entry is [string, string] => !!entry[1]));
    const text = query.toString();
    return `/search${text ? `?${text}` : ''}`;
  },
};

const listeners = new Set<() => void>();

export function navigate(url: string, { replace = false } = {}) {
  if (replace) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
  listeners.forEach((listener) => listener());
  if (!replace) window.scrollTo(0, 0);
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location));
  useEffect(() => {
    const update = () => setRoute(parseRoute(location));
    listeners.add(update);
    window.addEventListener('popstate', update);
    return () => {
      listeners.delete(update);
      window.removeEventListener('popstate', update);
    };
  }, []);
  return route;
}

/** Same-origin links navigate in place; modified clicks (new tab...) keep the browser's behaviour. */
export function interceptLinks() {
  document.addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const anchor = (event.target as Element | null)?.closest?.('a');
    if (!anchor || anchor.target || anchor.hasAttribute('download')) return;
    const url = new URL(anchor.href, location.href);
    if (url.origin !== location.origin || url.pathname.startsWith('/graphql')) return;
    event.preventDefault();
    navigate(url.pathname + url.search);
  });
}

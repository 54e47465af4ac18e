// A hash router of a few lines: the app has a handful of screens, and a reload keeps the place.
import { useSyncExternalStore } from 'react';

export type Route =
  | { screen: 'dashboard' }
  | { screen: 'initiatives' }
  | { screen: 'initiative'; id: string }
  | { screen: 'trash' }
  | { screen: 'units' }
  | { screen: 'programmes' }
  | { screen: 'office' }
  | { screen: 'councils' }
  | { screen: 'sessions' }
  | { screen: 'session'; id: string }
  | { screen: 'rubric' }
  | { screen: 'results' }
  | { screen: 'proposals' }
  | { screen: 'dossier' }
  | { screen: 'commendations' }
  | { screen: 'backup' }
  | { screen: 'mail' }
  | { screen: 'outbox' }
  | { screen: 'import' };

export const parseRoute = (hash: string): Route => {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  switch (parts[0]) {
    case 'initiatives':
      return parts[1]
        ? { screen: 'initiative', id: decodeURIComponent(parts[1]) }
        : { screen: 'initiatives' };
    case 'sessions':
      return parts[1]
        ? { screen: 'session', id: decodeURIComponent(parts[1]) }
        : { screen: 'sessions' };
    case 'dashboard':
    case 'councils':
    case 'rubric':
    case 'results':
    case 'proposals':
    case 'dossier':
    case 'commendations':
    case 'trash':
    case 'units':
    case 'programmes':
    case 'office':
    case 'backup':
    case 'mail':
    case 'outbox':
    case 'import':
      return { screen: parts[0] };
    default:
      return { screen: 'initiatives' };
  }
};

export const routeHref = (r: Route): string => {
  switch (r.screen) {
    case 'initiative':
      return `#/initiatives/${encodeURIComponent(r.id)}`;
    case 'session':
      return `#/sessions/${encodeURIComponent(r.id)}`;
    default:
      return `#/${r.screen}`;
  }
};

export const navigate = (r: Route): void => {
  window.location.hash = routeHref(r);
};

const subscribe = (cb: () => void) => {
  window.addEventListener('hashchange', cb);
  return () => window.removeEventListener('hashchange', cb);
};

export const useRoute = (): Route => {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
};

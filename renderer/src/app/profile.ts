// Profiles of the app: the clerk's own data, or the built-in sample (shared/sample/) in a database
// of its own, so a newcomer can look around a full app without touching real records (issue 8).
import { DB_NAME } from '../db/schema';

export type Profile = 'real' | 'sample';

const KEY = 'sang-kien-desk-profile';
export const SAMPLE_DB_NAME = `${DB_NAME}-du-lieu-mau`;

export const currentProfile = (): Profile =>
  window.localStorage.getItem(KEY) === 'sample' ? 'sample' : 'real';

export const dbNameOf = (p: Profile): string => (p === 'sample' ? SAMPLE_DB_NAME : DB_NAME);

/** Switches profile and starts the page again on the other database. */
export const switchProfile = (p: Profile): void => {
  if (p === 'sample') window.localStorage.setItem(KEY, 'sample');
  else window.localStorage.removeItem(KEY);
  window.location.hash = '';
  window.location.reload();
};

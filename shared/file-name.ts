// The file-name rule, once: what Windows cannot store in a name, refused by the IPC contract and
// replaced by the page before it proposes a name.

/** Most characters of a proposed file name. */
export const MAX_FILE_NAME = 200;

// Control characters are refused too: Windows cannot store them in a file name.
// eslint-disable-next-line no-control-regex
const RESERVED = /[\\/:*?"<>|\u0000-\u001f]/;

/** True for a bare file name Windows can store: no folders, no reserved characters. */
export const isSafeFileName = (name: string): boolean =>
  name.length >= 1 &&
  name.length <= MAX_FILE_NAME &&
  !RESERVED.test(name) &&
  name !== '.' &&
  name !== '..';

/** A name the contract accepts: reserved characters become `_`, then it is cut to the limit. */
export const safeFileName = (name: string, fallback: string): string => {
  const safe = [...name]
    .map((c) => (RESERVED.test(c) ? '_' : c))
    .join('')
    .slice(0, MAX_FILE_NAME);
  return safe === '' || safe === '.' || safe === '..' ? fallback : safe;
};

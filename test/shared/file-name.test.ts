import { describe, expect, it } from 'vitest';
import { contract } from '@shared/ipc';
import { isSafeFileName, MAX_FILE_NAME, safeFileName } from '@shared/file-name';

const suggest = (suggestedName: string) =>
  contract['file:save'].request.safeParse({ suggestedName, data: new Uint8Array(1) }).success;

describe('the file-name rule', () => {
  it('refuses folders, reserved characters, dots alone and names too long', () => {
    for (const bad of [
      'a/b.docx',
      'a\\b',
      'c:d',
      'x?.pdf',
      'tab\there',
      '.',
      '..',
      '',
      'n'.repeat(201),
    ])
      expect([bad, isSafeFileName(bad), suggest(bad)]).toEqual([bad, false, false]);
    for (const good of ['Bản vẽ.pdf', 'Sáng kiến (2021).docx', 'n'.repeat(MAX_FILE_NAME)])
      expect([good, isSafeFileName(good), suggest(good)]).toEqual([good, true, true]);
  });

  it('makes any name one the contract accepts, without losing its readable part', () => {
    expect(safeFileName('Bản vẽ: máy/hàn?.pdf', 'tep')).toBe('Bản vẽ_ máy_hàn_.pdf');
    expect(safeFileName('', 'tep')).toBe('tep');
    expect(safeFileName('..', 'tep')).toBe('tep');
    expect(safeFileName('x'.repeat(300), 'tep')).toHaveLength(MAX_FILE_NAME);
    for (const name of ['a|b', '\u0001', 'é'.repeat(250)])
      expect(isSafeFileName(safeFileName(name, 'tep'))).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { contract } from '@shared/ipc';
import { MAX_NAME_BYTES, sanitizeFileName } from '@shared/file-name';

const accepted = (suggestedName: string) =>
  contract['file:save'].request.safeParse({ suggestedName, data: new Uint8Array(1), kind: 'docx' })
    .success;

describe('the file-name rule', () => {
  it('the contract refuses folders and dots alone; main cleans the rest', () => {
    for (const bad of ['a/b.docx', 'a\\b', '.', '..', ''])
      expect([bad, accepted(bad)]).toEqual([bad, false]);
    for (const good of ['Bản vẽ.pdf', 'Sáng kiến (2021).docx', 'x?.pdf'])
      expect([good, accepted(good)]).toEqual([good, true]);
  });

  it('makes any name one the contract accepts, without losing its readable part', () => {
    expect(sanitizeFileName('Bản vẽ: máy/hàn?.pdf', 'tep')).toBe('Bản vẽ máyhàn.pdf');
    expect(sanitizeFileName('', 'tep')).toBe('tep');
    expect(sanitizeFileName('..', 'tep')).toBe('tep');
    expect(
      new TextEncoder().encode(sanitizeFileName('é'.repeat(300), 'tep')).byteLength,
    ).toBeLessThanOrEqual(MAX_NAME_BYTES);
    for (const name of ['a|b', '\u0001', 'é'.repeat(250), 'CON'])
      expect(accepted(sanitizeFileName(name, 'tep'))).toBe(true);
  });
});

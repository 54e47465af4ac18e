import { describe, expect, it } from 'vitest';
import { documentNumber, DOC_TYPE_CODES, ISSUER_CODES } from '@shared/dossier/numbers';

describe('documentNumber', () => {
  it('pads numbers below 10 with a leading 0', () => {
    expect(documentNumber(5, DOC_TYPE_CODES.cover, ISSUER_CODES.ldld_huyen)).toBe('05/TTr-LĐLĐ');
    expect(documentNumber(10, DOC_TYPE_CODES.cover, ISSUER_CODES.cdcs)).toBe('10/TTr-CĐCS');
    expect(documentNumber(123, DOC_TYPE_CODES.minutes, 'HĐXC')).toBe('123/BB-HĐXC');
  });

  it('refuses what is not a running number', () => {
    expect(documentNumber(0, 'TTr', 'LĐLĐ')).toBeNull();
    expect(documentNumber(1.5, 'TTr', 'LĐLĐ')).toBeNull();
  });

  it('writes NFC whatever the abbreviation was typed as', () => {
    const n = documentNumber(1, 'TTr', 'CĐCS'.normalize('NFD'))!;
    expect(n).toBe(n.normalize('NFC'));
  });
});

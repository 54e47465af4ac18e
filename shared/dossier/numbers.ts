// Document numbers as NĐ 30/2020/NĐ-CP, Appendix I writes them: "05/TTr-LĐLĐ" — the running
// number with a leading 0 below 10, the type of document, then the issuing body's abbreviation.
import type { UnitKind } from '../model/unit';
import { nfc } from '../text';

/** Abbreviations of document types used in the dossier. */
export const DOC_TYPE_CODES = { cover: 'TTr', letter: 'CV', minutes: 'BB' } as const;

/** The usual abbreviation of an issuing union body by its level. */
export const ISSUER_CODES: Record<UnitKind, string> = {
  ldld_tinh: 'LĐLĐ',
  ldld_huyen: 'LĐLĐ',
  cd_nganh: 'CĐN',
  cd_tong_cong_ty: 'CĐTCT',
  cdcs: 'CĐCS',
};

/** "05/TTr-LĐLĐ" from 5, "TTr" and "LĐLĐ"; null when the running number is not a whole number ≥ 1. */
export const documentNumber = (seq: number, type: string, issuer: string): string | null => {
  if (!Number.isSafeInteger(seq) || seq < 1) return null;
  return nfc(`${String(seq).padStart(2, '0')}/${type}-${issuer}`);
};

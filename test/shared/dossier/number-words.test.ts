import { describe, expect, it } from 'vitest';
import {
  moneyFigures,
  moneyInWords,
  moneyWithWords,
  numberToWords,
} from '@shared/dossier/number-words';

const cases: [number, string][] = [
  [0, 'không'],
  [1, 'một'],
  [4, 'bốn'],
  [5, 'năm'],
  [9, 'chín'],
  [10, 'mười'],
  [11, 'mười một'],
  [14, 'mười bốn'],
  [15, 'mười lăm'],
  [19, 'mười chín'],
  [20, 'hai mươi'],
  [21, 'hai mươi mốt'],
  [24, 'hai mươi bốn'],
  [25, 'hai mươi lăm'],
  [55, 'năm mươi lăm'],
  [91, 'chín mươi mốt'],
  [99, 'chín mươi chín'],
  [100, 'một trăm'],
  [101, 'một trăm linh một'],
  [104, 'một trăm linh bốn'],
  [105, 'một trăm linh năm'],
  [110, 'một trăm mười'],
  [111, 'một trăm mười một'],
  [115, 'một trăm mười lăm'],
  [121, 'một trăm hai mươi mốt'],
  [205, 'hai trăm linh năm'],
  [999, 'chín trăm chín mươi chín'],
  [1000, 'một nghìn'],
  [1001, 'một nghìn không trăm linh một'],
  [1010, 'một nghìn không trăm mười'],
  [1015, 'một nghìn không trăm mười lăm'],
  [1021, 'một nghìn không trăm hai mươi mốt'],
  [1100, 'một nghìn một trăm'],
  [10_000, 'mười nghìn'],
  [15_000, 'mười lăm nghìn'],
  [21_000, 'hai mươi mốt nghìn'],
  [105_000, 'một trăm linh năm nghìn'],
  [1_000_000, 'một triệu'],
  [1_005_000, 'một triệu không trăm linh năm nghìn'],
  [1_000_005, 'một triệu không trăm linh năm'],
  [1_250_000, 'một triệu hai trăm năm mươi nghìn'],
  [25_500_000, 'hai mươi lăm triệu năm trăm nghìn'],
  [80_000_000, 'tám mươi triệu'],
  [125_000_000, 'một trăm hai mươi lăm triệu'],
  [1_000_000_000, 'một tỷ'],
  [1_000_500_000, 'một tỷ năm trăm nghìn'],
  [2_000_000_005, 'hai tỷ không trăm linh năm'],
  [
    1_234_567_891,
    'một tỷ hai trăm ba mươi bốn triệu năm trăm sáu mươi bảy nghìn tám trăm chín mươi mốt',
  ],
  [15_000_000_000, 'mười lăm tỷ'],
  [1_000_000_000_000, 'một nghìn tỷ'],
  [1_005_000_000_000, 'một nghìn không trăm linh năm tỷ'],
  [
    Number.MAX_SAFE_INTEGER,
    'chín triệu không trăm linh bảy nghìn một trăm chín mươi chín tỷ hai trăm năm mươi bốn triệu bảy trăm bốn mươi nghìn chín trăm chín mươi mốt',
  ],
];

describe('numberToWords', () => {
  it.each(cases)('%i → %s', (n, words) => {
    expect(numberToWords(n)).toBe(words);
  });

  it('reads "mốt" only after a tens word of two or more and "lăm" only after a tens word', () => {
    for (let n = 0; n < 1000; n++) {
      const w = numberToWords(n);
      const tens = Math.floor(n / 10) % 10;
      const units = n % 10;
      expect(w.endsWith('mốt')).toBe(units === 1 && tens >= 2);
      expect(w.endsWith('lăm')).toBe(units === 5 && tens >= 1);
      expect(w.includes('linh')).toBe(n >= 100 && tens === 0 && units !== 0);
      expect(w).not.toMatch(/\btư\b|\blẻ\b|\bmột mươi\b/u);
      expect(w.normalize('NFC')).toBe(w);
    }
  });

  it('reads "không trăm" inside every non-leading group, skipping zero groups', () => {
    expect(numberToWords(7_000_070)).toBe('bảy triệu không trăm bảy mươi');
    expect(numberToWords(3_000_000_000)).toBe('ba tỷ');
    expect(numberToWords(3_000_001_000)).toBe('ba tỷ không trăm linh một nghìn');
  });

  it('refuses what is not a safe whole number', () => {
    expect(() => numberToWords(1.5)).toThrow(RangeError);
    expect(() => numberToWords(Number.MAX_SAFE_INTEGER + 1)).toThrow(RangeError);
  });

  it('reads negatives with "âm"', () => {
    expect(numberToWords(-21)).toBe('âm hai mươi mốt');
  });
});

describe('money in words', () => {
  it('capitalises the first letter and adds đồng', () => {
    expect(moneyInWords(125_000_000)).toBe('Một trăm hai mươi lăm triệu đồng');
    expect(moneyInWords(0)).toBe('Không đồng');
  });

  it('writes figures and words as clerks do', () => {
    expect(moneyWithWords(125_000_000)).toBe(
      '125.000.000 đồng (Bằng chữ: Một trăm hai mươi lăm triệu đồng)',
    );
    expect(moneyFigures(80_000_000)).toBe('80.000.000 đồng');
  });
});

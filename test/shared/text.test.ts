import { describe, expect, it } from 'vitest';
import {
  cleanText,
  compareVi,
  comparePeople,
  fold,
  foldedWords,
  nfc,
  personSortKey,
} from '@shared/text';

describe('Vietnamese text rules', () => {
  it('stores NFC whatever the keyboard typed', () => {
    const decomposed = 'Sáng kiến'.normalize('NFD');
    expect(decomposed).not.toBe('Sáng kiến');
    expect(nfc(decomposed)).toBe('Sáng kiến');
    expect(cleanText(`  Cải   tiến\t${'máy'.normalize('NFD')} `)).toBe('Cải tiến máy');
  });

  it('drops what a paste hides: zero-width spaces, soft hyphens, marks and control characters', () => {
    expect(cleanText('\ufeffPhân xưởng\u200b Cơ\u00ad điện\u200e\u0007')).toBe(
      'Phân xưởng Cơ điện',
    );
    expect(cleanText('Nguyễn\u2060 Văn\u000b\u000c An')).toBe('Nguyễn Văn An');
    // The joiners stay: an emoji family is one picture, not three.
    expect(cleanText('Gia đình 👨\u200d👩\u200d👧')).toBe('Gia đình 👨\u200d👩\u200d👧');
  });

  it('folds case and diacritics, đ included', () => {
    expect(fold('Sáng Kiến')).toBe('sang kien');
    expect(fold('Đồng Nai')).toBe('dong nai');
    expect(fold('đường dẫn')).toBe('duong dan');
    expect(fold('Sáng kiến'.normalize('NFD'))).toBe('sang kien');
    expect(foldedWords('Cải tiến, dây-chuyền (2021)')).toEqual([
      'cai',
      'tien',
      'day',
      'chuyen',
      '2021',
    ]);
  });

  it('sorts with Vietnamese collation: đ after d, ă and â after a', () => {
    const sorted = ['Đức', 'Dũng', 'Âu', 'Ánh', 'Ăn', 'Bình'].sort(compareVi);
    expect(sorted.indexOf('Dũng')).toBeLessThan(sorted.indexOf('Đức'));
    expect(sorted.indexOf('Ánh')).toBeLessThan(sorted.indexOf('Ăn'));
    expect(sorted.indexOf('Ăn')).toBeLessThan(sorted.indexOf('Âu'));
    expect(sorted.at(-1)).toBe('Đức');
    expect(compareVi('Sáng kiến'.normalize('NFD'), 'Sáng kiến')).toBe(0);
  });

  it('counts tones after the letters, in dictionary order: Anh before Ánh', () => {
    expect(compareVi('Anh', 'Ánh')).toBeLessThan(0);
    expect(compareVi('Ánh', 'Anh')).toBeGreaterThan(0);
    const tones = ['Ạnh', 'Ánh', 'Ãnh', 'Ảnh', 'Ành', 'Anh'];
    expect([...tones].sort(compareVi)).toEqual(['Anh', 'Ành', 'Ảnh', 'Ãnh', 'Ánh', 'Ạnh']);
    // Letters of the whole text first: a tone never outweighs a later letter.
    expect(compareVi('Ánh A', 'Anh B')).toBeLessThan(0);
    // ă is a letter of its own, after every tone of a.
    expect(compareVi('Ạnh', 'Ăn')).toBeLessThan(0);
    expect(compareVi('Ánh'.normalize('NFD'), 'Ánh')).toBe(0);
  });

  it('sorts people by given name with its tones, then family and middle names', () => {
    const people = ['Trần Văn Ánh', 'Lê Thị Anh', 'Nguyễn Văn Ánh', 'Võ Anh'];
    expect([...people].sort(comparePeople)).toEqual([
      'Lê Thị Anh',
      'Võ Anh',
      'Nguyễn Văn Ánh',
      'Trần Văn Ánh',
    ]);
    expect([...people].reverse().sort(comparePeople)).toEqual([...people].sort(comparePeople));
  });

  it('sorts people by given name, then family and middle names', () => {
    expect(personSortKey('  Nguyễn   Văn An ')).toEqual(['An', 'Nguyễn Văn']);
    const people = ['Trần Thị Bình', 'Nguyễn Văn An', 'Lê Văn Bình', 'Phạm Đức Anh'];
    expect([...people].sort(comparePeople)).toEqual([
      'Nguyễn Văn An',
      'Phạm Đức Anh',
      'Lê Văn Bình',
      'Trần Thị Bình',
    ]);
  });
});

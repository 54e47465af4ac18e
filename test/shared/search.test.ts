import { describe, expect, it } from 'vitest';
import { FoldedIndex, initiativeSearchText } from '@shared/search';

const index = () =>
  new FoldedIndex([
    { id: 'a', text: 'Sáng kiến cải tiến máy hàn Nguyễn Văn An' },
    { id: 'b', text: 'Dây chuyền sơn tĩnh điện Công ty Đồng Nai' },
    { id: 'c', text: 'Hệ thống quản lý hồ sơ Trần Thị Bình' },
  ]);

describe('FoldedIndex', () => {
  it('finds without case or diacritics, and NFD queries find NFC text', () => {
    expect(index().search('sang kien')).toEqual(new Set(['a']));
    expect(index().search('dong nai')).toEqual(new Set(['b']));
    expect(index().search('ĐỒNG NAI')).toEqual(new Set(['b']));
    expect(index().search('Sáng kiến'.normalize('NFD'))).toEqual(new Set(['a']));
  });

  it('needs every word, each as a word prefix', () => {
    expect(index().search('tran binh')).toEqual(new Set(['c']));
    expect(index().search('tran an')).toEqual(new Set());
    expect(index().search('ien')).toEqual(new Set()); // not a word start
    expect(index().search('  ')).toBeNull();
  });

  it('is kept current by put and remove', () => {
    const i = index();
    i.put({ id: 'a', text: 'Tiết kiệm điện' });
    i.remove('b');
    expect(i.size).toBe(2);
    expect(i.search('dien')).toEqual(new Set(['a']));
    expect(i.search('may han')).toEqual(new Set());
  });

  it('counts a record once when a word repeats, and stays right after swaps on removal', () => {
    const i = new FoldedIndex(
      Array.from({ length: 50 }, (_, n) => ({
        id: `r${n}`,
        text: `máy máy số ${n} ${n % 2 ? 'lẻ' : 'chẵn'}`,
      })),
    );
    expect(i.search('may')?.size).toBe(50);
    expect(i.search('may le')?.size).toBe(25);
    for (let n = 0; n < 50; n += 3) i.remove(`r${n}`);
    expect(i.search('may')?.size).toBe(33);
    expect(i.search('so 49 le')).toEqual(new Set(['r49']));
    expect(i.search('so 48')).toEqual(new Set()); // removed
    i.put({ id: 'r48', text: 'máy số 48 chẵn' });
    expect(i.search('so 48 chan')).toEqual(new Set(['r48']));
  });

  it('searches an initiative by title, field, authors and unit', () => {
    const text = initiativeSearchText({
      title: 'Máy cắt',
      field: 'Sáng tạo sản phẩm mới',
      authorNames: ['Lê Văn Cường'],
      unitName: 'CĐCS Tôn Đông Á',
    });
    const i = new FoldedIndex([{ id: 'x', text }]);
    for (const q of ['may cat', 'san pham moi', 'cuong', 'ton dong a'])
      expect(i.search(q)).toEqual(new Set(['x']));
  });
});

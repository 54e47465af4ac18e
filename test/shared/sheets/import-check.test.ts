// The import's checker (shared/sheets/import-check.ts): every problem named by its row and column,
// nothing guessed, and the identity that keeps a second import from doubling rows.
import { describe, expect, it } from 'vitest';
import {
  IMPORT_FIELDS,
  headerMessage,
  importHeader,
  importLabel,
  matchHeader,
  type ImportLayout,
} from '@shared/sheets/import-columns';
import {
  checkImportRows,
  importKey,
  importSummary,
  keyOfInitiative,
  problemText,
  type ImportContext,
} from '@shared/sheets/import-check';
import type { ImportCell, ImportRow } from '@shared/sheets/import-rows';

const header = IMPORT_FIELDS.map(importHeader);
const matched = matchHeader(header);
if (!matched.ok) throw new Error('the template header must match itself');
const layout: ImportLayout = matched.layout;

const context: ImportContext = {
  programmeId: 'p1',
  fields: ['Kỹ thuật', 'Quản lý'],
  units: [
    { id: 'u1', name: 'Phân xưởng Cơ điện', archived: false },
    { id: 'u2', name: 'Phòng Kỹ thuật', archived: false },
    { id: 'u3', name: 'Tổ Bảo vệ', archived: true },
  ],
  existingKeys: new Set(),
};

type Values = Partial<Record<(typeof IMPORT_FIELDS)[number], ImportCell>>;
const good: Values = {
  title: 'Cải tiến máy cán tôn',
  unitId: 'Phân xưởng Cơ điện',
  field: 'Kỹ thuật',
  authors: 'Nguyễn Văn An',
};
const row = (n: number, values: Values): ImportRow => ({
  row: n,
  cells: IMPORT_FIELDS.map((k) => values[k] ?? null),
});
let ids = 0;
const check = (rows: ImportRow[], ctx: ImportContext = context) =>
  checkImportRows(layout, rows, ctx, () => `a${++ids}`);
const texts = (rows: ImportRow[], ctx?: ImportContext) =>
  check(rows, ctx).problems.map(problemText);

describe('matchHeader', () => {
  it('takes the template header, with or without the marks, any case, decomposed or not', () => {
    const loose = [
      'tên sáng kiến',
      'ĐƠN VỊ',
      'Lĩnh vực *',
      'Tác giả, đồng tác giả'.normalize('NFD'),
    ];
    const m = matchHeader(loose);
    expect(m).toEqual({ ok: true, layout: { title: 0, unitId: 1, field: 2, authors: 3 } });
  });

  it('names the missing, unknown and repeated columns', () => {
    const m = matchHeader(['Tên sáng kiến', 'Tên sáng kiến', 'Ghi chú', 'Đơn vị']);
    expect(m).toEqual({
      ok: false,
      missing: ['Lĩnh vực', 'Tác giả, đồng tác giả'],
      unknown: ['Ghi chú'],
      repeated: ['Tên sáng kiến'],
    });
    if (!m.ok)
      expect(headerMessage(m)).toBe(
        'Dòng tiêu đề của bảng tính không khớp mẫu nhập: thiếu cột «Lĩnh vực», «Tác giả, đồng tác giả»; có cột không thuộc mẫu «Ghi chú»; có cột lặp lại «Tên sáng kiến». Hãy tải mẫu nhập (.xlsx) của Sáng kiến Desk, chép dữ liệu vào đúng các cột của mẫu rồi chọn lại tệp.',
      );
  });
});

describe('checkImportRows', () => {
  it('turns a full row into a draft: NFC text, unit and field by folded name, dates, money, shares', () => {
    const result = check([
      row(2, {
        title: '  Cải tiến   máy cán tôn '.normalize('NFD'),
        unitId: 'phan xuong co dien',
        field: 'KỸ THUẬT',
        authors: 'Nguyễn Văn An; Trần Thị Bình',
        shares: '60; 40',
        firstAppliedOn: { date: '2021-03-15' },
        economicBenefit: '1.250.000 đ',
        content: 'Dòng một\r\nDòng hai',
        confidential: 'Có',
      }),
      row(3, { ...good, title: 'B', firstAppliedOn: '5/4/2021', economicBenefit: 2_500_000 }),
      row(4, { ...good, title: 'C', firstAppliedOn: 44300, authors: 'A; B; C' }),
    ]);
    expect(result.problems).toEqual([]);
    const [a, b, c] = result.rows.map((r) => r.draft);
    expect(a).toMatchObject({
      programmeId: 'p1',
      title: 'Cải tiến máy cán tôn',
      unitId: 'u1',
      field: 'Kỹ thuật',
      firstAppliedOn: '2021-03-15',
      economicBenefit: 1_250_000,
      content: 'Dòng một\nDòng hai',
      confidential: true,
      attachments: [],
    });
    expect(a?.title).toBe(a?.title.normalize('NFC'));
    expect(a?.authors.map((x) => [x.name, x.sharePercent])).toEqual([
      ['Nguyễn Văn An', 60],
      ['Trần Thị Bình', 40],
    ]);
    expect(b).toMatchObject({ firstAppliedOn: '2021-04-05', economicBenefit: 2_500_000 });
    // 44300 is Excel's serial for 14/04/2021 (44197 is 01/01/2021); blank shares are split evenly to exactly 100.
    expect(c?.firstAppliedOn).toBe('2021-04-14');
    expect(c?.authors.map((x) => x.sharePercent)).toEqual([33.33, 33.33, 33.34]);
  });

  it('names every bad cell by the row and column the clerk sees in Excel', () => {
    expect(
      texts([
        row(7, { ...good, firstAppliedOn: '31/02/2021' }),
        row(8, { ...good, title: 'B', economicBenefit: '1,5 triệu' }),
        row(9, { ...good, title: 'C', economicBenefit: 1500.5 }),
        row(10, { ...good, title: 'D', unitId: 'Phân xưởng Cơ khí' }),
        row(11, { ...good, title: 'E', field: 'Y tế' }),
        row(12, { ...good, title: 'F', unitId: 'Tổ Bảo vệ' }),
        row(13, { ...good, title: 'G', authors: 'A; B', shares: '60; 30' }),
        row(14, { ...good, title: 'H', authors: 'A; B', shares: '100' }),
        row(15, { ...good, title: 'I', shares: 'nhiều' }),
        row(16, { ...good, title: 'J', confidential: 'Có lẽ' }),
        row(17, { ...good, title: 'x'.repeat(501) }),
        row(18, { ...good, firstAppliedOn: 'hôm qua', title: 'K' }),
      ]),
    ).toEqual([
      'Dòng 7, cột «Ngày áp dụng lần đầu»: ngày không hợp lệ «31/02/2021». Ngày 31 không có: tháng 2 năm 2021 chỉ có 28 ngày.',
      expect.stringMatching(
        /^Dòng 8, cột «Giá trị làm lợi \(đồng\/năm\)»: số tiền «1,5 triệu» không đọc được\. /,
      ),
      'Dòng 9, cột «Giá trị làm lợi (đồng/năm)»: số tiền 1500.5 có phần lẻ. Số tiền tính bằng đồng, hãy nhập số nguyên, ví dụ 1.250.000.',
      'Dòng 10, cột «Đơn vị»: không có đơn vị tên «Phân xưởng Cơ khí» trong cây đơn vị của văn phòng. Hãy ghi đúng tên đơn vị như trong mục Đơn vị, hoặc thêm đơn vị đó trước.',
      'Dòng 11, cột «Lĩnh vực»: lĩnh vực «Y tế» không có trong chương trình. Các lĩnh vực của chương trình: «Kỹ thuật», «Quản lý».',
      'Dòng 12, cột «Đơn vị»: đơn vị «Tổ Bảo vệ» đã được lưu trữ. Hãy mở lại đơn vị hoặc ghi đơn vị khác.',
      'Dòng 13, cột «Tỷ lệ đóng góp (%)»: các tỷ lệ cộng lại 90%, phải đúng 100%.',
      'Dòng 14, cột «Tỷ lệ đóng góp (%)»: có 1 tỷ lệ cho 2 tác giả. Hãy ghi mỗi tác giả một tỷ lệ, cách nhau bằng dấu chấm phẩy, ví dụ «60; 40», hoặc để trống để chia đều.',
      'Dòng 15, cột «Tỷ lệ đóng góp (%)»: tỷ lệ «nhiều» không hợp lệ. Hãy ghi số phần trăm từ 0 đến 100, ví dụ 60 hoặc 33,33.',
      'Dòng 16, cột «Sáng kiến mật»: «Có lẽ» không rõ là có hay không. Hãy ghi «Có» hoặc «Không».',
      'Dòng 17, cột «Tên sáng kiến»: Tên sáng kiến dài 501 ký tự, quá giới hạn 500 ký tự. Hãy rút gọn.',
      expect.stringMatching(
        /^Dòng 18, cột «Ngày áp dụng lần đầu»: ngày không hợp lệ «hôm qua»\. Hãy nhập ngày theo dạng/,
      ),
    ]);
  });

  it('names each required cell left empty, and skips rows left wholly empty', () => {
    expect(texts([row(5, { content: 'Chỉ có nội dung' }), row(6, {})])).toEqual([
      'Dòng 5, cột «Tên sáng kiến»: ô này bắt buộc nhưng đang để trống.',
      'Dòng 5, cột «Đơn vị»: ô này bắt buộc nhưng đang để trống.',
      'Dòng 5, cột «Lĩnh vực»: ô này bắt buộc nhưng đang để trống.',
      'Dòng 5, cột «Tác giả, đồng tác giả»: ô này bắt buộc nhưng đang để trống.',
    ]);
  });

  it('finds the unit and field of a cell pasted with a zero-width space, and sees the repeat', () => {
    const result = check([
      row(2, { ...good, unitId: 'Phân xưởng Cơ điện\u200b', field: '\u200bKỹ thuật' }),
      row(3, { ...good, title: 'Cải tiến máy cán\u00ad tôn\u200b' }),
    ]);
    expect(result.problems.map(problemText)).toEqual([
      'Dòng 3: trùng với dòng 2 (cùng đơn vị, tên sáng kiến và tác giả đầu tiên). Hãy xóa một trong hai dòng.',
    ]);
    expect(result.rows[0]?.draft).toMatchObject({ unitId: 'u1', field: 'Kỹ thuật' });
  });

  it('refuses authors separated by commas instead of reading them as one author', () => {
    expect(texts([row(2, { ...good, authors: 'Nguyễn Văn An, Trần Thị Bình' })])).toEqual([
      'Dòng 2, cột «Tác giả, đồng tác giả»: «Nguyễn Văn An, Trần Thị Bình» có dấu phẩy. Hãy ngăn cách các tác giả bằng dấu chấm phẩy (;), ví dụ «Nguyễn Văn An; Trần Thị Bình».',
    ]);
  });

  it('never guesses a unit whose name two units share', () => {
    const twins: ImportContext = {
      ...context,
      units: [...context.units, { id: 'u9', name: 'phân xưởng cơ điện', archived: false }],
    };
    expect(texts([row(2, good)], twins)).toEqual([
      'Dòng 2, cột «Đơn vị»: có 2 đơn vị cùng tên «Phân xưởng Cơ điện». Hãy đổi tên cho khác nhau trong mục Đơn vị.',
    ]);
  });

  it('marks rows the register holds as existing, and names a row that repeats an earlier one', () => {
    const existingKeys = new Set([importKey('u1', 'CẢI TIẾN MÁY CÁN TÔN', 'nguyen van an')]);
    const result = check(
      [row(2, good), row(3, { ...good, title: 'Mới' }), row(4, { ...good, title: 'mới ' })],
      { ...context, existingKeys },
    );
    expect(result.rows.map((r) => [r.row, r.existing])).toEqual([
      [2, true],
      [3, false],
    ]);
    expect(result.problems.map(problemText)).toEqual([
      'Dòng 4: trùng với dòng 3 (cùng đơn vị, tên sáng kiến và tác giả đầu tiên). Hãy xóa một trong hai dòng.',
    ]);
    expect(importSummary(result)).toBe(
      '3 dòng có dữ liệu: 1 sáng kiến mới, 1 đã có, 1 dòng có lỗi.',
    );
    expect(
      keyOfInitiative({ unitId: 'u1', title: 'Mới', authors: result.rows[1]!.draft.authors }),
    ).toBe(result.rows[1]!.key);
  });
});

describe('the Mã column (docs/decisions.md D55)', () => {
  const held: ImportContext = { ...context, existingIds: new Set(['init-1', 'init-2']) };

  it('reads past the STT and status columns of the app own list export', () => {
    const m = matchHeader([
      'STT',
      'Tên sáng kiến',
      'Đơn vị',
      'Lĩnh vực',
      'Tác giả, đồng tác giả',
      'Trạng thái',
      'Mã',
    ]);
    expect(m).toEqual({ ok: true, layout: { title: 1, unitId: 2, field: 3, authors: 4, id: 6 } });
  });

  it('takes a row whose Mã the programme holds as that initiative, whatever its other cells', () => {
    const result = check(
      [
        row(2, { ...good, title: 'Tên đã đổi trong tệp', id: 'init-1' }),
        // Even a row whose other cells would be refused is the held initiative, skipped.
        row(3, { ...good, unitId: 'Tổ Bảo vệ', firstAppliedOn: '31/02/2021', id: ' init-2 ' }),
      ],
      held,
    );
    expect(result.problems).toEqual([]);
    expect(result.rows.map((r) => [r.row, r.id, r.existing, r.draft.title])).toEqual([
      [2, 'init-1', true, 'Tên đã đổi trong tệp'],
      [3, 'init-2', true, 'Cải tiến máy cán tôn'],
    ]);
    expect(importSummary(result)).toBe(
      '2 dòng có dữ liệu: 0 sáng kiến mới, 2 đã có, 0 dòng có lỗi.',
    );
  });

  it('names row and column of a Mã the programme does not hold, and of a Mã given twice', () => {
    expect(
      texts(
        [
          row(2, { ...good, id: 'khong-co' }),
          row(3, { ...good, title: 'Khác', id: 'init-1' }),
          row(4, { ...good, title: 'Khác nữa', id: 'init-1' }),
        ],
        held,
      ),
    ).toEqual([
      'Dòng 2, cột «Mã»: mã «khong-co» không thuộc sáng kiến nào của chương trình đang làm việc. Mã do Sáng kiến Desk ghi khi xuất danh sách, không được sửa: hãy để trống ô này nếu đây là sáng kiến mới, hoặc chép lại mã từ tệp đã xuất.',
      'Dòng 4, cột «Mã»: mã «init-1» trùng với dòng 3. Mỗi sáng kiến chỉ một dòng: hãy xóa một trong hai dòng.',
    ]);
    // Without the programme's ids every Mã is unknown.
    expect(check([row(2, { ...good, id: 'init-1' })]).problems).toHaveLength(1);
  });

  it('keeps the identity of unit, title and first author for rows without Mã', () => {
    const result = check([row(2, good), row(3, { ...good, title: 'Mới hẳn', id: '' })], {
      ...held,
      existingKeys: new Set([importKey('u1', 'cai tien may can ton', 'Nguyen Van An')]),
    });
    expect(result.problems).toEqual([]);
    expect(result.rows.map((r) => [r.id, r.existing])).toEqual([
      [undefined, true],
      [undefined, false],
    ]);
  });
});

describe('cells whose value is unknown', () => {
  it("a formula's error in a text column is a problem of that cell, never its text", () => {
    const result = check([
      row(2, { ...good, content: { error: '#REF!' } }),
      row(3, { ...good, title: { formula: 'Sheet2!A1' } }),
    ]);
    expect(result.rows).toEqual([]);
    expect(result.problems).toEqual([
      {
        row: 2,
        column: importLabel('content'),
        message: expect.stringContaining('ô báo lỗi công thức #REF!') as string,
      },
      {
        row: 3,
        column: importLabel('title'),
        message: expect.stringContaining('«=Sheet2!A1» mà tệp không lưu kết quả') as string,
      },
    ]);
  });
});

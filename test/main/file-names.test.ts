// Names main proposes in the save dialog: safe everywhere, Vietnamese kept, length capped.
import { describe, expect, it } from 'vitest';
import {
  MAX_NAME_BYTES,
  extensionOf,
  planSave,
  sanitizeFileName,
  withExtension,
} from '../../main/services/file-names';

const bytes = (s: string) => new TextEncoder().encode(s).byteLength;

describe('sanitizeFileName', () => {
  it('keeps Vietnamese letters, in NFC', () => {
    expect(sanitizeFileName('Hồ sơ sáng kiến Đồng Nai.docx')).toBe('Hồ sơ sáng kiến Đồng Nai.docx');
    expect(sanitizeFileName('Hồ sơ.docx'.normalize('NFD'))).toBe('Hồ sơ.docx');
  });

  it('removes reserved and control characters, and leading or trailing dots and spaces', () => {
    expect(sanitizeFileName('a<b>c:d"e|f?g*h\u0001i.pdf')).toBe('abcdefghi.pdf');
    expect(sanitizeFileName('  ..Báo cáo. . .')).toBe('Báo cáo');
    expect(sanitizeFileName('Báo cáo .. .docx')).toBe('Báo cáo.docx');
    expect(sanitizeFileName('Tab\there\nnew.txt')).toBe('Tab here new.txt');
  });

  it('never proposes a Windows device name or nothing at all', () => {
    expect(sanitizeFileName('CON.docx')).toBe('_CON.docx');
    expect(sanitizeFileName('nul')).toBe('_nul');
    // Windows takes the part before the first dot: these are devices too.
    expect(sanitizeFileName('nul.tar.gz')).toBe('_nul.tar.gz');
    expect(sanitizeFileName('Aux .bản sao.docx')).toBe('_Aux .bản sao.docx');
    expect(sanitizeFileName('COM¹.txt')).toBe('_COM¹.txt');
    expect(sanitizeFileName('CONOUT$.log')).toBe('_CONOUT$.log');
    // A name that only begins like one is left alone.
    expect(sanitizeFileName('Console.docx')).toBe('Console.docx');
    expect(sanitizeFileName('com10.txt')).toBe('com10.txt');
    expect(sanitizeFileName('???')).toBe('Sáng kiến Desk');
    expect(sanitizeFileName('.docx')).toBe('docx');
  });

  it('caps the length in bytes without cutting a letter, keeping the extension', () => {
    const long = `${'Sáng kiến cải tiến kỹ thuật '.repeat(20)}.docx`;
    const name = sanitizeFileName(long);
    expect(bytes(name)).toBeLessThanOrEqual(MAX_NAME_BYTES);
    expect(name.endsWith('.docx')).toBe(true);
    expect(name.startsWith('Sáng kiến cải tiến')).toBe(true);
    expect(name).toBe(name.normalize('NFC'));
    expect(name).not.toMatch(/\uFFFD/);
    expect(name).not.toMatch(/[ .]\.docx$/);
  });
});

describe('extensions', () => {
  it('reads and appends extensions without swapping them', () => {
    expect(extensionOf('a.DOCX')).toBe('docx');
    expect(extensionOf('Quy trình v1.2 mới')).toBe('');
    expect(withExtension('a.DOCX', 'docx')).toBe('a.DOCX');
    expect(withExtension('x.docx.exe', 'docx')).toBe('x.docx.exe.docx');
  });

  it('plans each export kind with its one extension and filter', () => {
    expect(planSave('Danh sách', 'xlsx')).toEqual({
      ok: true,
      name: 'Danh sách.xlsx',
      filters: [{ name: 'Bảng tính Excel', extensions: ['xlsx'] }],
      extension: 'xlsx',
    });
    expect(planSave('Hồ sơ.zip', 'zip')).toMatchObject({ name: 'Hồ sơ.zip', extension: 'zip' });
    expect(planSave('x.json.bat', 'json')).toMatchObject({ name: 'x.json.bat.json' });
    expect(planSave('a', 'pdf')).toMatchObject({ filters: [{ extensions: ['pdf'] }] });
  });

  it("keeps an attachment's extension unless it runs a program", () => {
    expect(planSave('Ảnh chụp.JPG', 'attachment')).toEqual({
      ok: true,
      name: 'Ảnh chụp.JPG',
      filters: [{ name: 'Tệp đính kèm', extensions: ['jpg'] }],
      extension: null,
    });
    expect(planSave('ghi-chu', 'attachment')).toMatchObject({ ok: true, filters: [] });
    for (const name of ['setup.exe', 'a.bat', 'x.pdf.js', 'run.ps1', 'link.LNK'])
      expect(planSave(name, 'attachment')).toMatchObject({ ok: false });
  });

  it('refuses the other kinds Windows runs or mounts on a double-click, however long the extension', () => {
    // A file the app writes has no "downloaded from the Internet" mark, so Windows does not warn
    // before running it: a compiled help file runs scripts, a disc image mounts with what it holds.
    for (const name of [
      'HuongDan.chm',
      'dia.ISO',
      'o-dia.vhdx',
      'cai-dat.msix',
      'ung-dung.appref-ms',
      'cai-dat.settingcontent-ms',
      'tim.search-ms',
      'ham.xll',
      'kich-ban.wsc',
      'trang.sct',
    ])
      expect(planSave(name, 'attachment'), name).toMatchObject({ ok: false });
  });
});

/** The names uploads are saved under (answer/library.ts): never outside the folder, always an id. */
import { describe, expect, it } from 'vitest';
import { uploadFileName } from '../../../src/answer/library.ts';

describe('an upload’s file name', () => {
  it('drops any folder part, so ../ and absolute paths stay inside the corpus', () => {
    expect(uploadFileName('../../etc/passwd', 'text')).toEqual({ id: 'passwd', file: 'passwd.txt' });
    expect(uploadFileName('..\\..\\Windows\\win.ini', 'text')).toEqual({ id: 'win', file: 'win.txt' });
    expect(uploadFileName('/home/me/.bashrc', 'text')).toBeUndefined();
    expect(uploadFileName('/home/me/メモ.txt', 'text')).toEqual({ id: 'メモ', file: 'メモ.txt' });
    expect(uploadFileName('..', 'text')).toBeUndefined();
  });

  it('keeps Japanese, folds spaces, and takes the extension from what the content is', () => {
    expect(uploadFileName('決算 資料（2024）.PDF', 'pdf')).toEqual({ id: '決算-資料-2024', file: '決算-資料-2024.pdf' });
    // A PDF named .txt is saved as a PDF; an HTML page named .md as HTML.
    expect(uploadFileName('notes.txt', 'pdf')).toEqual({ id: 'notes', file: 'notes.pdf' });
    expect(uploadFileName('page.md', 'html')).toEqual({ id: 'page', file: 'page.html' });
    expect(uploadFileName('読書メモ.md', 'text')).toEqual({ id: '読書メモ', file: '読書メモ.md' });
    expect(uploadFileName('memo.csv', 'text')).toEqual({ id: 'memo', file: 'memo.txt' });
  });

  it('refuses a name that gives no id', () => {
    expect(uploadFileName('###.txt', 'text')).toBeUndefined();
    expect(uploadFileName('', 'text')).toBeUndefined();
  });
});

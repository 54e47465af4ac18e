// "Thiết lập email" against the real main handlers and a real SMTP server on 127.0.0.1.
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { MailSettingsScreen } from '../../../renderer/src/features/mail/MailSettingsScreen';
import { getMailTemplate } from '../../../renderer/src/mail/mail-template';
import { TEST_SUBJECT } from '../../../main/handlers/mail';
import { PASSWORD, startSmtp, USER, type TestSmtp } from '../../main/mail/smtp-fixtures';
import { SLOW } from '../appraisal/dialogs';
import { setUpDb } from '../helpers';
import { button, pickOption, renderWithDb } from '../setup/render-with-db';
import type { MainBridge } from '../backup/main-bridge';
import { installMailBridge } from './mail-bridge';

let bridge: MainBridge | undefined;
let smtp: TestSmtp | undefined;
afterEach(async () => {
  await bridge?.dispose();
  await smtp?.close();
  bridge = smtp = undefined;
});

const field = (label: string) => screen.getByLabelText(label);
const type = (label: string, value: string) =>
  fireEvent.change(field(label), { target: { value } });

async function openScreen() {
  const { db } = await setUpDb();
  smtp = await startSmtp();
  bridge = await installMailBridge();
  const r = await renderWithDb(db, <MailSettingsScreen />);
  await screen.findByLabelText('Máy chủ SMTP', {}, SLOW);
  return { db, ...r };
}

async function fillLocalServer(
  user: Awaited<ReturnType<typeof openScreen>>['user'],
  password: string,
) {
  await pickOption(user, field('Dịch vụ email'), 'Máy chủ khác');
  type('Máy chủ SMTP', '127.0.0.1');
  type('Cổng', String(smtp!.port));
  await pickOption(
    user,
    field('Bảo mật kết nối'),
    'Không mã hoá (chỉ dùng cho máy chủ thử trên chính máy này)',
  );
  type('Tên đăng nhập', USER);
  type('Email người gửi', USER);
  type('Mật khẩu', password);
}

describe('MailSettingsScreen', () => {
  it('starts on Gmail with the note about the app password', async () => {
    await openScreen();
    expect(field('Máy chủ SMTP')).toHaveValue('smtp.gmail.com');
    expect(screen.getByText(/Mật khẩu ứng dụng/)).toBeInTheDocument();
    expect(screen.getByText('Chưa lưu mật khẩu.')).toBeInTheDocument();
  });

  it('saves a custom server, sends a test mail that arrives, and never shows the password', async () => {
    const { user, db } = await openScreen();
    await fillLocalServer(user, PASSWORD);
    type('Tiêu đề thư', 'Hồ sơ {chuong_trinh} của {don_vi}');
    type('Gửi thư thử tới', 'bantochuc@example.vn');

    await user.click(button('Gửi thư thử'));

    await screen.findByText(
      /Đã gửi thư thử tới bantochuc@example.vn\. Máy chủ trả lời: 250/,
      {},
      SLOW,
    );
    expect(smtp!.received.map((m) => m.subject)).toEqual([TEST_SUBJECT]);
    expect(smtp!.recipients).toEqual([['bantochuc@example.vn']]);
    expect(field('Mật khẩu')).toHaveValue('');
    expect(screen.getByText(/Đã lưu mật khẩu/)).toBeInTheDocument();
    expect((await getMailTemplate(db)).subject).toBe('Hồ sơ {chuong_trinh} của {don_vi}');
    // Nothing of the password reaches the page's storage.
    const stored = JSON.stringify(await db.settings.toArray());
    expect(stored).not.toContain(PASSWORD);
  });

  it('shows the server words when the login is refused', async () => {
    const { user } = await openScreen();
    await fillLocalServer(user, 'sai mật khẩu');
    type('Gửi thư thử tới', 'bantochuc@example.vn');

    await user.click(button('Gửi thư thử'));

    await screen.findByText(
      /Máy chủ trả lời: "535 5\.7\.8 Username and Password not accepted"/,
      {},
      SLOW,
    );
    expect(smtp!.received).toHaveLength(0);
  });

  it('refuses an unencrypted connection to a remote server on the field', async () => {
    const { user } = await openScreen();
    await fillLocalServer(user, PASSWORD);
    type('Máy chủ SMTP', 'mail.example.vn');
    await user.click(button('Lưu thiết lập'));
    await screen.findByText(/Không gửi mật khẩu và hồ sơ qua kết nối không mã hoá/, {}, SLOW);
    await waitFor(() => expect(bridge!.calls).not.toContain('mail:settings:set'));
  });

  it('warns about an unknown placeholder in the template', async () => {
    await openScreen();
    type('Tiêu đề thư', 'Hồ sơ {donvi}');
    await screen.findByText(/chỗ trống không hiểu: \{donvi\}/);
  });
});

import { screen, waitFor } from '@testing-library/react';

/** The database and antd are slow under jsdom on a busy machine; a second is not always enough. */
export const SLOW = { timeout: 15_000 };

/** antd gives every dialog the same id under test, so a dialog is found by what it says. */
export const dialogWith = (text: string): Promise<HTMLElement> =>
  waitFor(() => {
    const d = screen.getAllByRole('dialog').find((el) => el.textContent?.includes(text));
    if (!d) throw new Error(`No dialog saying "${text}"`);
    return d;
  }, SLOW);

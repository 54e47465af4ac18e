import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Dexie from 'dexie';
import { ErrorBoundary } from '../../../renderer/src/ui/ErrorBoundary';
import { App } from '../../../renderer/src/app/App';
import { DeskDb } from '../../../renderer/src/db/database';

describe('ErrorBoundary', () => {
  it('shows a Vietnamese message instead of a blank window, and recovers on "Thử lại"', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    let broken = true;
    const Screen = () => {
      if (broken) throw new Error('hỏng khi vẽ');
      return <p>Màn hình đã hiện</p>;
    };
    render(
      <ErrorBoundary what="màn hình này">
        <Screen />
      </ErrorBoundary>,
    );
    expect(await screen.findByText('Không hiển thị được màn hình này.')).toBeInTheDocument();
    expect(screen.getByText('hỏng khi vẽ')).toBeInTheDocument();
    broken = false;
    await userEvent.click(screen.getByRole('button', { name: 'Thử lại' }));
    expect(await screen.findByText('Màn hình đã hiện')).toBeInTheDocument();
  });
});

describe('App on a database from a newer release', () => {
  it('opens a database a newer release wrote without dropping what it does not know', async () => {
    // Dexie 4 opens a database of a higher version and adds only its own missing stores: after a
    // downgrade the clerk keeps working and the newer release still finds its data.
    const name = `newer-${Date.now()}`;
    const newer = new Dexie(name);
    newer.version(99).stores({ settings: 'key', future: 'id' });
    await newer.table('future').put({ id: 'kept' });
    newer.close();

    render(<App db={new DeskDb(name)} />);
    expect(
      await screen.findByText('Thiết lập ban đầu', {}, { timeout: 10_000 }),
    ).toBeInTheDocument();

    const again = new Dexie(name);
    await again.open();
    expect(again.verno).toBeGreaterThanOrEqual(99);
    expect(await again.table('future').get('kept')).toEqual({ id: 'kept' });
    again.close();
  });
});

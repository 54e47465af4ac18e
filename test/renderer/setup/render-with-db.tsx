// Renders a screen the way App does (antd in Vietnamese, the database, the live office profile)
// without the shell, so a screen's test does not depend on the other screens.
import type { ReactNode } from 'react';
import { App as AntApp, ConfigProvider } from 'antd';
import viVN from 'antd/locale/vi_VN';
import { useLiveQuery } from 'dexie-react-hooks';
import { render, screen, waitFor, within } from '@testing-library/react';
import { expect } from 'vitest';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import { DbContext, OfficeContext } from '../../../renderer/src/app/context';
import type { DeskDb } from '../../../renderer/src/db/database';
import { getOffice } from '../../../renderer/src/db/settings';

const LiveOffice = ({ db, children }: { db: DeskDb; children: ReactNode }) => {
  const office = useLiveQuery(() => getOffice(db), [db]);
  if (office === undefined) return null;
  return <OfficeContext.Provider value={office}>{children}</OfficeContext.Provider>;
};

/** Renders `ui` and waits until the office profile has been read (the screen is on the page). */
export const renderWithDb = async (db: DeskDb, ui: ReactNode) => {
  // No pause between keystrokes, and no pointer-events check before each one: that check asks
  // jsdom for computed styles, which walks all of antd's injected CSS and makes a form take seconds.
  const user = userEvent.setup({ delay: null, pointerEventsCheck: PointerEventsCheckLevel.Never });
  const result = render(
    <ConfigProvider locale={viVN}>
      <AntApp>
        <DbContext.Provider value={db}>
          <LiveOffice db={db}>{ui}</LiveOffice>
        </DbContext.Provider>
      </AntApp>
    </ConfigProvider>,
  );
  await waitFor(() => expect(result.container.querySelector('.ant-app')).not.toBeEmptyDOMElement());
  return { user, ...result };
};

/** Opens an antd Select and picks the option showing `option` (antd renders options in a popup). */
export const pickOption = async (
  user: ReturnType<typeof userEvent.setup>,
  field: HTMLElement,
  option: string,
): Promise<void> => {
  await user.click(field);
  const matches = await screen.findAllByTitle(option);
  const item = matches.find((el) => el.classList.contains('ant-select-item-option'));
  if (!item) throw new Error(`No option "${option}"`);
  await user.click(item);
};

/**
 * The button showing `name`. Not getByRole: computing every accessible name reads computed
 * styles, seconds per query on an antd page in jsdom.
 */
export const button = (name: string, container: HTMLElement = document.body): HTMLButtonElement => {
  const label = within(container).getByText(name, { selector: 'button, button *' });
  const found = label.closest('button');
  if (!found) throw new Error(`No button "${name}"`);
  return found;
};

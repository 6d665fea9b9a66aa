// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { appStore } from '../../store/store';
import { ValidationMessages } from './Field';

const lang = appStore.getState().lang;
afterEach(() => {
  cleanup();
  appStore.setState({ lang });
});

const MESSAGES = ['expected a value for day precision', 'expected a citation chain without cycles, but "X" is also outlet'];

describe('ValidationMessages', () => {
  it('shows the validator’s words in Persian in the Persian interface, and marks what stays English', () => {
    appStore.setState({ lang: 'fa' });
    const { container } = render(<ValidationMessages messages={MESSAGES} />);
    const parts = [...container.querySelectorAll('span')];
    expect(parts.map((p) => p.textContent)).toEqual(['برای دقتِ «روز» مقدار تاریخ لازم است', MESSAGES[1]]);
    expect(parts.map((p) => p.getAttribute('lang'))).toEqual([null, 'en']);
    expect(container.textContent).toContain('؛ ');
  });

  it('shows them unchanged in the English interface', () => {
    appStore.setState({ lang: 'en' });
    const { container } = render(<ValidationMessages messages={MESSAGES} />);
    expect(container.textContent).toBe(MESSAGES.join('; '));
  });
});

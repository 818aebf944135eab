/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen } from '@testing-library/react';
import { ErrorBar } from '../../../src/taskpane/components/ErrorBar';
import { uiStrings } from '../../../src/core/words/pane-words';

describe('ErrorBar', () => {
  it('shows the message under a title and hides when dismissed', () => {
    let dismissed = 0;
    const { rerender } = render(
      <FluentProvider theme={webLightTheme}>
        <ErrorBar strings={uiStrings('zh')} message="工作表受保护。" onDismiss={() => dismissed++} />
      </FluentProvider>,
    );
    expect(screen.getByTestId('error-bar').textContent).toBe('出错了工作表受保护。');
    fireEvent.click(screen.getByRole('button', { name: '关闭' }));
    expect(dismissed).toBe(1);
    rerender(
      <FluentProvider theme={webLightTheme}>
        <ErrorBar strings={uiStrings('zh')} message={null} onDismiss={() => dismissed++} />
      </FluentProvider>,
    );
    expect(screen.queryByTestId('error-bar')).toBeNull();
  });
});

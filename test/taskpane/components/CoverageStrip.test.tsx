/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, within } from '@testing-library/react';
import type { Coverage, MonthStatus } from '../../../src/core/plan/coverage';
import { CoverageStrip } from '../../../src/taskpane/components/CoverageStrip';
import { uiStrings } from '../../../src/core/words/pane-words';

function schoolYear(counts: Record<number, number>, exempt: readonly number[]): Coverage {
  const order = [9, 10, 11, 12, 1, 2, 3, 4, 5, 6, 7, 8];
  const months = order.map((month) => {
    const count = counts[month] ?? 0;
    const status: MonthStatus = exempt.includes(month) ? 'exempt' : count > 0 ? 'covered' : 'gap';
    return { month, count, status };
  });
  return { months, gaps: months.filter((m) => m.status === 'gap').map((m) => m.month) };
}

function tiles() {
  return within(screen.getByTestId('coverage-strip'))
    .getAllByRole('listitem')
    .map((li) => ({ month: li.dataset.month, status: li.dataset.status, text: li.textContent }));
}

describe('CoverageStrip', () => {
  const counts = { 9: 3, 10: 2, 11: 1, 12: 1, 1: 1, 3: 2, 4: 1, 5: 2, 6: 1 };

  it('shows the twelve months in period order, gaps and exempt months in words', () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <CoverageStrip strings={uiStrings('zh')} coverage={schoolYear(counts, [7, 8])} />
      </FluentProvider>,
    );
    expect(tiles()).toEqual([
      { month: '9', status: 'covered', text: '9月：已覆盖，3 项活动9月3 项' },
      { month: '10', status: 'covered', text: '10月：已覆盖，2 项活动10月2 项' },
      { month: '11', status: 'covered', text: '11月：已覆盖，1 项活动11月1 项' },
      { month: '12', status: 'covered', text: '12月：已覆盖，1 项活动12月1 项' },
      { month: '1', status: 'covered', text: '1月：已覆盖，1 项活动1月1 项' },
      { month: '2', status: 'gap', text: '2月：缺少活动2月缺少活动' },
      { month: '3', status: 'covered', text: '3月：已覆盖，2 项活动3月2 项' },
      { month: '4', status: 'covered', text: '4月：已覆盖，1 项活动4月1 项' },
      { month: '5', status: 'covered', text: '5月：已覆盖，2 项活动5月2 项' },
      { month: '6', status: 'covered', text: '6月：已覆盖，1 项活动6月1 项' },
      { month: '7', status: 'exempt', text: '7月：不计7月不计' },
      { month: '8', status: 'exempt', text: '8月：不计8月不计' },
    ]);
    expect(screen.getByTestId('coverage-summary').textContent).toBe('有 1 个月缺少活动：2月。不计：7月、8月。');
  });

  it('announces the summary politely in English', () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <CoverageStrip strings={uiStrings('en')} coverage={schoolYear({ ...counts, 2: 1 }, [])} />
      </FluentProvider>,
    );
    const summary = screen.getByRole('status');
    expect([summary.getAttribute('aria-live'), summary.textContent]).toEqual(['polite', '2 months have no activity: Jul, Aug.']);
  });
});

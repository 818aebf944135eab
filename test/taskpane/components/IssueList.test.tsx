/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen } from '@testing-library/react';
import type { Issue } from '../../../src/core/issues/issue';
import { formatIssue } from '../../../src/core/words/format-issue';
import { IssueList } from '../../../src/taskpane/components/IssueList';
import { uiStrings } from '../../../src/core/words/pane-words';

const issues: Issue[] = [
  { code: 'merge_info_unavailable', severity: 'warning', sheet: '活动安排', cell: null },
  { code: 'month_unknown', severity: 'error', sheet: '活动安排', cell: 'A7', value: '三八节前后' },
  { code: 'month_missing', severity: 'warning', sheet: '活动安排', cell: 'A12', value: '' },
];

function renderList(onSelect?: (issue: Issue & { cell: string }) => void) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <IssueList strings={uiStrings('zh')} lang="zh" issues={issues} onSelect={onSelect} />
    </FluentProvider>,
  );
}

describe('IssueList', () => {
  it('lists each issue with its cell and message', () => {
    renderList(() => undefined);
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      `整张表${formatIssue(issues[0], 'zh')}`,
      `A7${formatIssue(issues[1], 'zh')}`,
      `A12${formatIssue(issues[2], 'zh')}`,
    ]);
  });

  it('selects the cell of the clicked issue', () => {
    const selected: unknown[] = [];
    renderList((issue) => selected.push([issue.sheet, issue.cell]));
    fireEvent.click(screen.getByTitle('定位到单元格 A7'));
    expect(selected).toEqual([['活动安排', 'A7']]);
  });

  it('makes only issues with a cell into buttons, reachable by keyboard', () => {
    renderList(() => undefined);
    expect(screen.getAllByRole('button').map((b) => [b.tagName, b.getAttribute('title')])).toEqual([
      ['BUTTON', '定位到单元格 A7'],
      ['BUTTON', '定位到单元格 A12'],
    ]);
  });

  it('has no buttons where there is no sheet to go to', () => {
    renderList(undefined);
    expect(screen.queryAllByRole('button')).toEqual([]);
  });

  it('shows the first twenty and the rest on request', () => {
    const many: Issue[] = Array.from({ length: 25 }, (_, i) => ({
      code: 'month_missing',
      severity: 'warning',
      sheet: 'S',
      cell: `A${i + 2}`,
      value: '',
    }));
    render(
      <FluentProvider theme={webLightTheme}>
        <IssueList strings={uiStrings('en')} lang="en" issues={many} />
      </FluentProvider>,
    );
    expect(screen.getAllByRole('listitem')).toHaveLength(20);
    fireEvent.click(screen.getByRole('button', { name: 'Show all 25' }));
    expect(screen.getAllByRole('listitem')).toHaveLength(25);
  });
});

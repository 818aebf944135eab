/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen } from '@testing-library/react';
import type { Layout } from '../../../src/core/types';
import { SourceSection } from '../../../src/taskpane/components/SourceSection';
import { uiStrings } from '../../../src/taskpane/strings';

function renderSource(layout: Layout | null, lang: 'zh' | 'en' = 'zh') {
  const noop = () => undefined;
  render(
    <FluentProvider theme={webLightTheme}>
      <SourceSection
        strings={uiStrings(lang)}
        sheets={['工作安排']}
        sheet="工作安排"
        detected="工作安排"
        layout={layout}
        columns={{ group: { field: 'group', col: 0, header: '项目' } }}
        choices={[]}
        overrides={{}}
        busy={false}
        notice={null}
        onSelectSheet={noop}
        onChangeColumn={noop}
        onCreateSchedule={noop}
        onRefresh={noop}
      />
    </FluentProvider>,
  );
}

describe('SourceSection', () => {
  it('says a matrix was read with months across, and lists no month or activity column as not found', () => {
    renderSource('months_across');
    expect(screen.getByTestId('source-layout').textContent).toBe('按月份横排读取');
    const terms = [...screen.getByTestId('detected-columns').querySelectorAll('dt')].map((dt) => dt.textContent);
    expect(terms).toEqual(['工作类别', '负责人', '完成情况', '备注']);
  });

  it('says so in English, and for months down', () => {
    renderSource('months_down', 'en');
    expect(screen.getByTestId('source-layout').textContent).toBe('Read with months down the first column');
  });

  it('says nothing about the layout of a list, the usual one, and lists every column it looked for', () => {
    renderSource('list');
    expect(screen.queryByTestId('source-layout')).toBeNull();
    const terms = [...screen.getByTestId('detected-columns').querySelectorAll('dt')].map((dt) => dt.textContent);
    expect(terms).toEqual(['月份', '活动内容', '工作类别', '负责人', '完成情况', '备注']);
  });
});

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
  it('says a matrix was read with months across, in Chinese and English', () => {
    renderSource('months_across');
    expect(screen.getByTestId('source-layout').textContent).toBe('按月份横排读取');
  });

  it('says so in English, and for months down', () => {
    renderSource('months_down', 'en');
    expect(screen.getByTestId('source-layout').textContent).toBe('Read with months down the first column');
  });

  it('says nothing about the layout of a list, the usual one', () => {
    renderSource('list');
    expect(screen.queryByTestId('source-layout')).toBeNull();
  });
});

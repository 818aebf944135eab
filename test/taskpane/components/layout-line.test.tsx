/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen } from '@testing-library/react';
import type { Analysis } from '../../../src/core/plan/analysis';
import type { Layout } from '../../../src/core/sheet/header/header-match';
import { ResultSection } from '../../../src/taskpane/components/ResultSection';
import { SourceSection } from '../../../src/taskpane/components/SourceSection';
import { uiStrings } from '../../../src/core/words/pane-words';
import { makeAnalysis } from '../../helpers/make-analysis';

const noop = () => undefined;
const terms = () => [...screen.getByTestId('detected-columns').querySelectorAll('dt')].map((dt) => dt.textContent);

function renderSource(layout: Layout | null) {
  render(
    <FluentProvider theme={webLightTheme}>
      <SourceSection
        strings={uiStrings('zh')}
        layout={layout}
        columns={{ group: { field: 'group', col: 0, header: '项目' } }}
        choices={[]}
        overrides={{}}
        busy={false}
        onChangeColumn={noop}
        onCreateSchedule={noop}
      />
    </FluentProvider>,
  );
}

function renderResult(layout: Layout, lang: 'zh' | 'en' = 'zh') {
  const plain = makeAnalysis([{ month: [1], text: '元旦活动' }]);
  const analysis: Analysis = { ...plain, header: { ...plain.header, layout } };
  render(
    <FluentProvider theme={webLightTheme}>
      <ResultSection
        strings={uiStrings(lang)}
        analysis={analysis}
        sheet="工作安排"
        errors={0}
        warnings={0}
        notice={null}
        busy={false}
        onCreateSchedule={noop}
        onShowIssues={noop}
      />
    </FluentProvider>,
  );
}

describe('how the sheet was read, in the pane', () => {
  it('says beside the result that a matrix was read with months across', () => {
    renderResult('months_across');
    expect(screen.getByTestId('source-layout').textContent).toBe('按月份横排读取');
  });

  it('says so in English, and for months down', () => {
    renderResult('months_down', 'en');
    expect(screen.getByTestId('source-layout').textContent).toBe('Read with months down the first column');
  });

  it('says nothing about the layout of a list, the usual one', () => {
    renderResult('list');
    expect(screen.queryByTestId('source-layout')).toBeNull();
  });

  it('lists no month or activity column as not found for a matrix', () => {
    renderSource('months_across');
    expect(terms()).toEqual(['工作类别', '负责人', '完成情况', '备注']);
  });

  it('lists every column it looked for in a list', () => {
    renderSource('list');
    expect(terms()).toEqual(['月份', '活动内容', '工作类别', '负责人', '完成情况', '备注']);
  });
});

/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { analyzeSheet } from '../../../src/core/plan/analyze-sheet';
import { describePlanSheets } from '../../../src/core/tables/describe-plan-sheets';
import type { DocModel } from '../../../src/core/document/doc-model';
import { safeFileName } from '../../../src/core/document/safe-file-name';
import { formatIssue } from '../../../src/core/words/format-issue';
import type { CellValue } from '../../../src/core/sheet/grid';
import type { Lang } from '../../../src/core/words/lang';
import { PortError } from '../../../src/core/ports/workbook-port';
import type { PlanSettings } from '../../../src/core/settings/plan-settings';
import { PlanSheetApp, type PlanSheetAppProps } from '../../../src/taskpane/components/PlanSheetApp';
import { PREVIEW_CHARS } from '../../../src/taskpane/hooks/use-plan-document';
import { SAVE_DELAY_MS } from '../../../src/taskpane/hooks/use-settings-store';
import type { RenderDocx } from '../../../src/taskpane/hooks/use-doc-actions';
import { uiStrings } from '../../../src/core/words/pane-words';
import { DOCX_MIME } from '../../../src/taskpane/lib/download-bytes';
import { reportHostError } from '../../../src/taskpane/lib/host-errors';
import { grid } from '../../helpers/grid';
import { FakePort } from '../fake-port';

const HEADER: CellValue[] = ['月份', '活动内容', '工作类别', '负责人'];

function schedule(rows: CellValue[][], sheet = '活动安排') {
  return grid([['2024年工会活动安排表', null, null, null], HEADER, ...rows], { sheet, merges: ['A1:D1'] });
}

const ROWS: CellValue[][] = [
  ['1月', '元旦联欢会', '文体活动', '张老师'],
  ['3月', '三八节座谈会', '关爱帮扶', '李老师'],
  ['找时间', '春季健步走', '文体活动', '王老师'],
  ['4月', '教职工运动会', '文体活动', '王老师'],
  ['5月', '劳模表彰', '思想政治', '张老师'],
  ['6月', '端午包粽子', '文体活动', '李老师'],
  ['9月', '教师节慰问', '关爱帮扶', '张老师'],
  ['10月', '重阳节看望退休教师', '关爱帮扶', '李老师'],
  ['11月', '教代会', '民主管理', '张老师'],
  ['12月', '年终总结', '自身建设', '张老师'],
];

const notes = grid([['说明'], ['这张表记录了会议纪要。']], { sheet: '说明' });

function tileStatuses(): Record<string, string> {
  const strip = screen.getByTestId('coverage-strip');
  return Object.fromEntries(
    within(strip)
      .getAllByRole('listitem')
      .map((li) => [li.dataset.month!, li.dataset.status!]),
  );
}

/** Stands for the docx writer the entry point gives. */
const renderDocx: RenderDocx = async () => new Uint8Array([0x50, 0x4b, 3, 4]);

async function renderApp(port: FakePort, lang: Lang = 'zh', props: Partial<PlanSheetAppProps> = {}) {
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <PlanSheetApp port={port} lang={lang} {...props} renderDocx={props.renderDocx ?? renderDocx} />
    </FluentProvider>,
  );
  await screen.findByTestId('coverage-strip');
  return view;
}

/** Opens one of the settings sections, which start closed so that the result stays in the first screen. */
function openSettings(name: string): void {
  fireEvent.click(within(screen.getByTestId(`settings-${name}`)).getAllByRole('button')[0]);
}

describe('PlanSheetApp', () => {
  it('finds the schedule sheet behind a notes sheet and shows its gaps', async () => {
    const port = new FakePort([notes, schedule(ROWS)]);
    await renderApp(port);
    expect((screen.getByTestId('sheet-select') as HTMLSelectElement).value).toBe('活动安排');
    expect(screen.getByRole('option', { name: '活动安排（自动识别）' })).toBeTruthy();
    expect(tileStatuses()).toEqual({
      1: 'covered',
      2: 'gap',
      3: 'covered',
      4: 'covered',
      5: 'covered',
      6: 'covered',
      7: 'gap',
      8: 'gap',
      9: 'covered',
      10: 'covered',
      11: 'covered',
      12: 'covered',
    });
    expect(screen.getByTestId('coverage-summary').textContent).toBe('有 3 个月缺少活动：2月、7月、8月。');
  });

  it('selects the cell of an issue when it is clicked', async () => {
    const port = new FakePort([schedule(ROWS)]);
    await renderApp(port);
    const result = analyzeSheet(schedule(ROWS));
    const issue = result.ok ? result.analysis.issues.find((i) => i.cell === 'A5') : undefined;
    expect(issue?.code).toBe('month_unknown');
    expect(screen.getByTitle('定位到单元格 A5').textContent).toBe(`A5${formatIssue(issue!, 'zh')}`);
    fireEvent.click(screen.getByTitle('定位到单元格 A5'));
    await waitFor(() => expect(port.callsOf('selectCell')).toEqual([['活动安排', 'A5']]));
  });

  it('shows a port error in words in the message bar', async () => {
    const port = new FakePort([schedule(ROWS)]);
    await renderApp(port);
    port.failNext('selectCell', new PortError('cell_edit_mode', 'InvalidOperationInCellEditMode'));
    fireEvent.click(screen.getByTitle('定位到单元格 A5'));
    expect((await screen.findByTestId('error-bar')).textContent).toBe('出错了Excel 正在编辑单元格。请按 Enter 或 Esc 结束编辑后再试。');
  });

  it('shows an error from an Excel event handler, which no promise carries back', async () => {
    const port = new FakePort([schedule(ROWS)]);
    await renderApp(port);
    act(() => reportHostError(new PortError('api_unsupported', 'ApiNotFound')));
    expect((await screen.findByTestId('error-bar')).textContent).toBe(
      '出错了当前版本的 Excel 不支持这项功能。请更新 Office，或改用网页版 Excel。',
    );
  });

  it('loads the document fields from the workbook and saves edits, keeping the outputs', async () => {
    const outputs = [{ key: 'work' as const, sheet: '主要工作', table: 'PlanSheet_Work' }];
    const stored: PlanSettings = { unit: '红星小学工会', goals: '办好十件实事', outputs };
    const port = new FakePort([schedule(ROWS)], { settings: stored });
    await renderApp(port);
    openSettings('document');
    expect((screen.getByTestId('unit-input') as HTMLInputElement).value).toBe('红星小学工会');
    expect((screen.getByTestId('goals-input') as HTMLTextAreaElement).value).toBe('办好十件实事');
    expect(screen.getByTestId('doc-preview').textContent).toContain('办好十件实事');

    fireEvent.change(screen.getByTestId('guidance-input'), { target: { value: '以习近平新时代中国特色社会主义思想为指导' } });
    // The preview follows after a pause in typing, not on the key itself.
    expect(screen.getByTestId('doc-preview').textContent).not.toContain('以习近平新时代中国特色社会主义思想为指导');
    await waitFor(() => expect(screen.getByTestId('doc-preview').textContent).toContain('以习近平新时代中国特色社会主义思想为指导'));
    expect(port.callsOf('saveSettings')).toEqual([]);
    await waitFor(() => expect(port.callsOf('saveSettings')).toHaveLength(1), { timeout: SAVE_DELAY_MS * 4 });
    expect(port.settings).toEqual({ ...stored, guidance: '以习近平新时代中国特色社会主义思想为指导' });
  });

  it('saving an edit keeps the output sheets another writer recorded after the pane read the settings', async () => {
    const port = new FakePort([schedule(ROWS)]);
    await renderApp(port);
    // Another copy of the add-in (a second pane on the same workbook) writes the plan sheets; this pane still holds the old settings.
    const result = analyzeSheet(schedule(ROWS));
    await act(() => port.writePlanSheets(result.ok ? describePlanSheets(result.analysis, 'zh') : []));
    const recorded = (await port.loadSettings()).outputs;
    expect(recorded?.map((o) => o.sheet)).toEqual(['主要工作', '月度安排', '覆盖检查']);
    openSettings('document');
    fireEvent.change(screen.getByTestId('unit-input'), { target: { value: '红星小学工会' } });
    await waitFor(() => expect(port.callsOf('saveSettings')).toHaveLength(1), { timeout: SAVE_DELAY_MS * 4 });
    expect(await port.loadSettings()).toEqual({ unit: '红星小学工会', outputs: recorded });
  });

  it('counts exempt months as not gaps and saves them', async () => {
    const port = new FakePort([schedule(ROWS)]);
    await renderApp(port);
    openSettings('period');
    const exempt = screen.getByTestId('exempt-months');
    fireEvent.click(within(exempt).getByLabelText('7月'));
    fireEvent.click(within(exempt).getByLabelText('8月'));
    expect(tileStatuses()).toMatchObject({ 2: 'gap', 7: 'exempt', 8: 'exempt' });
    expect(screen.getByTestId('coverage-summary').textContent).toBe('有 1 个月缺少活动：2月。不计：7月、8月。');
    await waitFor(() => expect(port.settings.exempt).toEqual([7, 8]), { timeout: SAVE_DELAY_MS * 4 });
  });

  it('refreshes the strip when the watched sheet changes', async () => {
    const port = new FakePort([schedule(ROWS)]);
    await renderApp(port);
    await waitFor(() => expect(port.callsOf('watchSheet')).toEqual([['活动安排']]));
    act(() => port.edit(schedule([...ROWS, ['2月', '迎春长跑', '文体活动', '王老师']])));
    await waitFor(() => expect(tileStatuses()[2]).toBe('covered'));
  });

  it('builds the plan tables from the analysis and says what it wrote', async () => {
    const port = new FakePort([schedule(ROWS)]);
    await renderApp(port, 'en');
    fireEvent.click(screen.getByTestId('build-tables'));
    await waitFor(() => expect(screen.getByTestId('build-result').textContent).not.toBe(''));
    const result = analyzeSheet(schedule(ROWS));
    expect(port.written).toEqual(result.ok ? describePlanSheets(result.analysis, 'en') : null);
    expect(screen.getByTestId('build-result').textContent).toBe(
      `Written: “Main Work” (${port.written[0].rows.length} rows), “Monthly Schedule” (${port.written[1].rows.length} rows), “Coverage” (${port.written[2].rows.length} rows).`,
    );
    // The sheets just written are ours now, so they are not offered as the schedule.
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toContain('活动安排 (detected)');
    expect(screen.queryByRole('option', { name: 'Main Work' })).toBeNull();
  });

  it('lets the user say which column holds a field, and keeps that with the workbook', async () => {
    const port = new FakePort([schedule(ROWS)]);
    await renderApp(port);
    openSettings('source');
    const ownerRow = () => within(screen.getByTestId('detected-columns')).getByText('负责人').nextElementSibling?.textContent;
    expect(ownerRow()).toBe('D · 负责人');
    fireEvent.click(screen.getByRole('button', { name: '更改列' }));
    fireEvent.change(screen.getByRole('combobox', { name: '负责人' }), { target: { value: 'C' } });
    await waitFor(() => expect(ownerRow()).toBe('C · 工作类别'));
    await waitFor(() => expect(port.settings.columns).toEqual({ owner: 'C' }), { timeout: SAVE_DELAY_MS * 4 });
  });

  it('creates a schedule sheet and switches to it', async () => {
    const port = new FakePort([notes]);
    render(
      <FluentProvider theme={webLightTheme}>
        <PlanSheetApp port={port} lang="zh" renderDocx={renderDocx} />
      </FluentProvider>,
    );
    fireEvent.click(await screen.findByRole('button', { name: '新建活动安排表' }));
    await waitFor(() => expect((screen.getByTestId('sheet-select') as HTMLSelectElement).value).toBe('活动安排表'));
    expect(port.callsOf('createScheduleSheet').map(([spec]) => (spec as { name: string }).name)).toEqual(['活动安排表']);
    expect(screen.getByTestId('source-notice').textContent).toBe(
      '已新建工作表“活动安排表”，带有表头和月份、工作类别的下拉列表。请在其中填写活动。',
    );
  });

  it('says that a sheet holds no schedule, and never that it has no issues', async () => {
    const port = new FakePort([notes]);
    render(
      <FluentProvider theme={webLightTheme}>
        <PlanSheetApp port={port} lang="zh" renderDocx={renderDocx} />
      </FluentProvider>,
    );
    expect((await screen.findByTestId('no-schedule')).textContent).toBe(uiStrings('zh').notASchedule('说明'));
    expect(screen.queryByText(uiStrings('zh').noIssues)).toBeNull();
    expect(screen.queryByText(uiStrings('zh').issueSummary(0, 0))).toBeNull();
    expect(screen.queryByTestId('build-tables')).toBeNull();
  });

  it('shows a workbook that cannot be read as an error alone, without a result or greyed settings', async () => {
    const port = new FakePort([schedule(ROWS)]);
    port.failNext('listSheets', new PortError('api_unsupported', 'ApiNotFound'));
    render(
      <FluentProvider theme={webLightTheme}>
        <PlanSheetApp port={port} lang="zh" renderDocx={renderDocx} />
      </FluentProvider>,
    );
    expect((await screen.findByTestId('error-bar')).textContent).toBe(`出错了${uiStrings('zh').portErrors.api_unsupported}`);
    expect(screen.queryByTestId('result')).toBeNull();
    expect(screen.queryByTestId('settings-source')).toBeNull();
    expect(screen.queryByText(uiStrings('zh').noIssues)).toBeNull();
  });

  it('puts the verdict and the issue count first, and moves to the issues from there', async () => {
    const port = new FakePort([schedule(ROWS)]);
    await renderApp(port);
    const result = analyzeSheet(schedule(ROWS));
    const issues = result.ok ? result.analysis.issues : [];
    const errors = issues.filter((i) => i.severity === 'error').length;
    const summary = uiStrings('zh').issueSummary(errors, issues.length - errors);
    expect(screen.getByTestId('issue-summary').textContent).toBe(summary);
    fireEvent.click(screen.getByRole('button', { name: summary }));
    expect(document.activeElement?.id).toBe('issues-heading');
  });

  it('activates the first sheet it built, and goes to each from a link', async () => {
    const port = new FakePort([schedule(ROWS)]);
    await renderApp(port);
    fireEvent.click(screen.getByTestId('build-tables'));
    await waitFor(() => expect(port.callsOf('selectCell')).toEqual([['主要工作', 'A1']]));
    const links = within(screen.getByTestId('built-sheets')).getAllByRole('button');
    expect(links.map((l) => l.textContent)).toEqual(['主要工作', '月度安排', '覆盖检查']);
    fireEvent.click(links[2]);
    await waitFor(() =>
      expect(port.callsOf('selectCell')).toEqual([
        ['主要工作', 'A1'],
        ['覆盖检查', 'A1'],
      ]),
    );
  });

  it('where the host cannot download (Office for Mac), says what works instead of failing silently', async () => {
    const port = new FakePort([schedule(ROWS)]);
    const opened: string[] = [];
    await renderApp(port, 'zh', { fileDownloads: false, openInBrowser: () => opened.push('browser') });
    fireEvent.click(screen.getByTestId('download-docx'));
    const note = await screen.findByTestId('download-blocked');
    expect(note.textContent).toContain(uiStrings('zh').downloadBlocked);
    fireEvent.click(within(note).getByRole('button', { name: uiStrings('zh').openInBrowser }));
    expect(opened).toEqual(['browser']);
  });

  it('downloads the Word file that the renderDocx it is given writes, named after the document', async () => {
    const port = new FakePort([schedule(ROWS)]);
    const asked: DocModel[] = [];
    const bytes = new Uint8Array([0x50, 0x4b, 3, 4, 20]);
    const blobs: Blob[] = [];
    const names: string[] = [];
    const restore = { create: URL.createObjectURL, revoke: URL.revokeObjectURL };
    URL.createObjectURL = (blob: Blob) => (blobs.push(blob), 'blob:plansheet');
    URL.revokeObjectURL = () => undefined;
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    try {
      await renderApp(port, 'zh', { renderDocx: async (doc) => (asked.push(doc), bytes) });
      fireEvent.click(screen.getByTestId('download-docx'));
      const name = safeFileName(asked[0]?.title ?? '', 'docx');
      await waitFor(() => expect(screen.getByTestId('doc-status').textContent).toBe(uiStrings('zh').downloaded(name)));
      expect({ asked: asked.length, names, blobs: blobs.map((b) => [b.type, b.size]) }).toEqual({
        asked: 1,
        names: [name],
        blobs: [[DOCX_MIME, bytes.length]],
      });
    } finally {
      click.mockRestore();
      URL.createObjectURL = restore.create;
      URL.revokeObjectURL = restore.revoke;
    }
  });

  it('shows the start of a long document, and copies all of it', async () => {
    const many: CellValue[][] = Array.from({ length: 3000 }, (_, i) => [
      `${(i % 12) + 1}月`,
      `第${i + 1}项活动：组织教职工参加文体活动`,
      '文体活动',
      '张老师',
    ]);
    const port = new FakePort([schedule(many)]);
    const copied: string[] = [];
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (t: string) => void copied.push(t) } });
    try {
      await renderApp(port);
      openSettings('document');
      const shown = screen.getByTestId('doc-preview').textContent ?? '';
      expect(shown.length).toBeLessThanOrEqual(PREVIEW_CHARS);
      fireEvent.click(screen.getByTestId('copy-text'));
      await waitFor(() => expect(copied).toHaveLength(1));
      expect(copied[0].startsWith(shown)).toBe(true);
      expect(copied[0].length).toBeGreaterThan(shown.length * 5);
      expect(screen.getByTestId('preview-cut').textContent).toBe(uiStrings('zh').previewCut(shown.length));
    } finally {
      delete (navigator as { clipboard?: unknown }).clipboard;
    }
  });
});

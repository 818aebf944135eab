/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { PortError } from '../../../src/core/ports/workbook-port';
import { describeFileKind } from '../../../src/core/words/describe-file-kind';
import { describeFileProblem } from '../../../src/core/words/describe-file-problem';
import { FileModeApp, type FileModeAppProps } from '../../../src/taskpane/components/FileModeApp';
import { uiStrings } from '../../../src/core/words/pane-words';
import type { FilePort } from '../../../src/xlsx/file-port';
import { grid } from '../../helpers/grid';
import { FakeFilePort } from '../fake-port';

const zh = uiStrings('zh');
const schedule = grid(
  [
    ['月份', '活动内容'],
    ['1月', '元旦联欢会'],
    ['3月', '三八节座谈会'],
  ],
  { sheet: '活动安排' },
);

function xlsxFile(name: string): File {
  return new File([new Uint8Array([0x50, 0x4b, 3, 4])], name, {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  });
}

function renderFileMode(
  openFile: (bytes: Uint8Array, name: string) => Promise<FilePort>,
  saved: string[] = [],
  props: Partial<Omit<FileModeAppProps, 'renderDocx'>> = {},
) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <FileModeApp
        lang="zh"
        openFile={openFile}
        saveWorkbook={async (port, suffix) => {
          saved.push(port.fileName);
          return `${port.fileName.replace('.xlsx', '')}${suffix}.xlsx`;
        }}
        renderDocx={async () => new Uint8Array([0x50, 0x4b, 3, 4])}
        {...props}
      />
    </FluentProvider>,
  );
}

/** A file port whose reader finds the file damaged when it first reads, as a lazy reader does. */
class DamagedFilePort extends FakeFilePort {
  override listSheets(): Promise<readonly string[]> {
    return Promise.reject(PortError.file({ code: 'file_damaged' }));
  }
}

function choose(name: string): void {
  fireEvent.change(screen.getByTestId('file-input'), { target: { files: [xlsxFile(name)] } });
}

describe('FileModeApp', () => {
  it('opens the chosen file through openFile and shows the pane over it', async () => {
    const opened: [number[], string][] = [];
    renderFileMode(async (bytes, name) => {
      opened.push([[...bytes], name]);
      return new FakeFilePort([schedule], name) as unknown as FilePort;
    });
    fireEvent.change(screen.getByTestId('file-input'), { target: { files: [xlsxFile('安排.xlsx')] } });
    await screen.findByTestId('coverage-strip');
    expect(opened).toEqual([[[0x50, 0x4b, 3, 4], '安排.xlsx']]);
    expect(screen.getByTestId('file-name').textContent).toBe(zh.currentFile('安排.xlsx'));
    // Outside Excel there is no cell to go to, and the tables come as a download.
    expect(screen.getByTestId('download-workbook').textContent).toBe(zh.downloadWorkbook);
  });

  it('says in words when the file is not a workbook', async () => {
    renderFileMode(() => Promise.reject(new PortError('not_a_workbook', 'End of data reached (data length = 4, asked index = 4)')));
    fireEvent.change(screen.getByTestId('file-input'), { target: { files: [xlsxFile('旧表.xls')] } });
    expect((await screen.findByTestId('error-bar')).textContent).toBe(`${zh.errorTitle}${zh.portErrors.not_a_workbook}`);
  });

  it('writes the tables, then downloads the workbook and names the file', async () => {
    const saved: string[] = [];
    let port: FakeFilePort | null = null;
    renderFileMode(async (_bytes, name) => {
      port = new FakeFilePort([schedule], name);
      return port as unknown as FilePort;
    }, saved);
    fireEvent.change(screen.getByTestId('file-input'), { target: { files: [xlsxFile('安排.xlsx')] } });
    fireEvent.click(await screen.findByTestId('download-workbook'));
    await waitFor(() => expect(screen.getByTestId('build-result').textContent).toContain(zh.downloaded('安排-计划表.xlsx')));
    expect(saved).toEqual(['安排.xlsx']);
    expect(port!.written.map((s) => s.name)).toEqual(['主要工作', '月度安排', '覆盖检查']);
  });

  it("names a damaged file in the reader's words and keeps the start screen, with nothing greyed or stale", async () => {
    renderFileMode(async (_bytes, name) => new DamagedFilePort([schedule], name) as unknown as FilePort);
    choose('截断.xlsx');
    expect((await screen.findByTestId('error-bar')).textContent).toBe(
      `${zh.errorTitle}${describeFileProblem({ code: 'file_damaged' }, 'zh', '截断.xlsx')}`,
    );
    expect(screen.queryByTestId('file-name')).toBeNull();
    expect(screen.queryByText(zh.noIssues)).toBeNull();
    expect(screen.getByTestId('open-file').textContent).toBe(zh.openFile);
  });

  it('keeps the file that was open when the next one cannot be used', async () => {
    renderFileMode(async (_bytes, name) => {
      if (name.endsWith('.txt')) throw PortError.file({ code: 'file_not_spreadsheet', looksLike: 'text' });
      return new FakeFilePort([schedule], name) as unknown as FilePort;
    });
    choose('安排.xlsx');
    await screen.findByTestId('coverage-strip');
    choose('notes.txt');
    expect((await screen.findByTestId('error-bar')).textContent).toBe(
      `${zh.errorTitle}${describeFileProblem({ code: 'file_not_spreadsheet', looksLike: 'text' }, 'zh', 'notes.txt')}`,
    );
    expect(screen.getByTestId('file-name').textContent).toBe(zh.currentFile('安排.xlsx'));
    expect(screen.getByTestId('coverage-strip')).toBeTruthy();
  });

  it('moves focus to the result once the file is read', async () => {
    renderFileMode(async (_bytes, name) => new FakeFilePort([schedule], name) as unknown as FilePort);
    choose('安排.xlsx');
    await screen.findByTestId('coverage-strip');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('result')));
  });

  it('switches the language from a visible switch', async () => {
    const chosen: string[] = [];
    renderFileMode(async (_bytes, name) => new FakeFilePort([schedule], name) as unknown as FilePort, [], {
      onLangChange: (lang) => chosen.push(lang),
      traditionalChinese: true,
    });
    expect(screen.getByText(zh.simplifiedOnly)).toBeTruthy();
    fireEvent.click(within(screen.getByTestId('language-switch')).getByRole('button', { name: 'English' }));
    expect(chosen).toEqual(['en']);
  });

  it('downloads a new schedule sheet in a copy of the file and says to fill it in there', async () => {
    const saved: string[] = [];
    const notes = grid([['说明'], ['会议纪要']], { sheet: '说明' });
    renderFileMode(async (_bytes, name) => new FakeFilePort([notes], name) as unknown as FilePort, saved);
    choose('记录.xlsx');
    fireEvent.click(await screen.findByRole('button', { name: zh.newSchedule }));
    expect((await screen.findByTestId('source-notice')).textContent).toBe(zh.newScheduleDoneFile('活动安排表', '记录-活动安排.xlsx'));
    expect(saved).toEqual(['记录.xlsx']);
  });

  it('says in one line, after the download, that a file of another kind kept only its values', async () => {
    renderFileMode(async (_bytes, name) => {
      const port = new FakeFilePort([schedule], name);
      port.valuesOnlyCopy = true;
      return port as unknown as FilePort;
    });
    fireEvent.change(screen.getByTestId('file-input'), { target: { files: [xlsxFile('安排.xlsx')] } });
    fireEvent.click(await screen.findByTestId('download-workbook'));
    await waitFor(() => expect(screen.getByTestId('build-result').textContent).toContain(zh.valuesOnly));
    expect(zh.valuesOnly).toBe(
      '注意：原文件不是 .xlsx 格式，新文件只带上了它的数据（值和合并单元格），原有的格式未能保留；原文件本身没有改动。',
    );
  });

  it('says what a file that is not an .xlsx was read as, and nothing for an .xlsx', async () => {
    renderFileMode(async (_bytes, name) => {
      const port = new FakeFilePort([schedule], name);
      port.kind = name.endsWith('.xls') ? 'xls' : 'xlsx';
      return port as unknown as FilePort;
    });
    choose('旧表.xls');
    expect((await screen.findByTestId('file-kind')).textContent).toBe(describeFileKind('xls', 'zh'));
    choose('安排.xlsx');
    await waitFor(() => expect(screen.getByTestId('file-name').textContent).toBe(zh.currentFile('安排.xlsx')));
    expect(screen.queryByTestId('file-kind')).toBeNull();
  });
});

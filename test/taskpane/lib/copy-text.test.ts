/** @jest-environment jsdom */
import { copyText } from '../../../src/taskpane/lib/copy-text';

function withClipboard(writeText: ((text: string) => Promise<void>) | undefined, execCommand: ((cmd: string) => boolean) | undefined) {
  Object.defineProperty(window.navigator, 'clipboard', { value: writeText ? { writeText } : undefined, configurable: true });
  Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true, writable: true });
}

describe('copyText', () => {
  it('uses the Clipboard API when it is allowed', async () => {
    const copied: string[] = [];
    withClipboard(
      async (text) => void copied.push(text),
      () => false,
    );
    await expect(copyText('一、主要工作')).resolves.toBe(true);
    expect(copied).toEqual(['一、主要工作']);
  });

  it("falls back to execCommand('copy') on a selected textarea when the Clipboard API refuses", async () => {
    const selected: string[] = [];
    withClipboard(
      () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')),
      (cmd) => {
        selected.push(`${cmd}:${document.querySelector('textarea')?.value ?? ''}`);
        return true;
      },
    );
    await expect(copyText('二、工作目标')).resolves.toBe(true);
    expect(selected).toEqual(['copy:二、工作目标']);
    expect(document.querySelectorAll('textarea')).toHaveLength(0);
  });

  it('says false when neither way is allowed', async () => {
    withClipboard(undefined, () => false);
    await expect(copyText('x')).resolves.toBe(false);
  });
});

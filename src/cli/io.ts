/** Where a command writes: the real process, or a capture in tests and the demo. */
export interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Colour and progress lines only on a terminal. */
  readonly isTTY: boolean;
}

export const processIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  // NO_COLOR (no-color.org) turns colour and progress lines off.
  isTTY: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
};

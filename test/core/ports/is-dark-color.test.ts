import fc from 'fast-check';
import { isDarkColor } from '../../../src/core/ports/is-dark-color';

describe('isDarkColor', () => {
  it("tells Office's dark and light theme backgrounds apart", () => {
    // Office's Black, Dark Gray, Colorful/White and a mid grey theme backgrounds.
    expect(['#262626', '#444444', '#1F1F1F', '#FFFFFF', '#f3f2f1', '#c0c0c0', '#000'].map(isDarkColor)).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
      true,
    ]);
  });

  it('takes anything that is not a hex colour as light', () => {
    fc.assert(
      fc.property(
        fc.string().filter((s) => !/^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.test(s.trim())),
        (text) => isDarkColor(text) === false,
      ),
    );
  });
});

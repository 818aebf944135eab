import fc from 'fast-check';
import { splitCellItems } from '../../../src/core/sheet/split-cell-items';

describe('splitCellItems', () => {
  it.each([
    ['1、学习文件\n2、组织体检；3、慰问困难职工、离退休老同志', ['学习文件', '组织体检', '慰问困难职工、离退休老同志']],
    ['元旦联欢\r\n春节慰问', ['元旦联欢', '春节慰问']],
    ['教代会;校务公开；', ['教代会', '校务公开']],
    ['1、元旦慰问2、春节慰问', ['元旦慰问', '春节慰问']],
    ['1. 植树节活动 2. 学雷锋志愿服务 3.总结', ['植树节活动', '学雷锋志愿服务', '总结']],
    ['（1）师德讲座（2）教工运动会', ['师德讲座', '教工运动会']],
    ['(1) 师德讲座 (2) 教工运动会', ['师德讲座', '教工运动会']],
    ['①元旦联欢②春节慰问③元宵猜灯谜', ['元旦联欢', '春节慰问', '元宵猜灯谜']],
    ['一、教代会二、校务公开', ['教代会', '校务公开']],
    ['慰问困难职工、离退休老同志', ['慰问困难职工、离退休老同志']],
    ['3.8妇女节活动', ['3.8妇女节活动']],
    ['评选10名优秀教师，表彰2、3年级', ['评选10名优秀教师，表彰2、3年级']],
    ['1、慰问1、2年级困难学生家庭', ['慰问1、2年级困难学生家庭']],
    ['2、组织体检 3、总结', ['组织体检', '总结']],
    ['1、组织体检 3、总结', ['组织体检 3、总结']],
    ['—', []],
    [' / ', []],
    ['无', []],
    ['\n\n', []],
    ['元旦联欢。', ['元旦联欢。']],
  ])('splits %j into %j', (text, items) => {
    expect(splitCellItems(text)).toEqual(items);
  });

  it('keeps every character of an item that has no separator, numbering or placeholder', () => {
    const plain = fc.string({ unit: fc.constantFrom(...'学习教代会慰问职工、，年月活动abc'.split('')), minLength: 1, maxLength: 20 });
    fc.assert(
      fc.property(plain, (text) => {
        fc.pre(text.replace(/^[，、]+|[，、]+$/g, '') === text);
        expect(splitCellItems(text)).toEqual([text]);
      }),
    );
  });

  it('gives back the items it was made of, whichever way they were joined', () => {
    // An item as people write it: 、 inside, never at either end.
    const item = fc
      .string({ unit: fc.constantFrom(...'学习教代会慰问职工、年月活动'.split('')), minLength: 1, maxLength: 12 })
      .filter((t) => !t.startsWith('、') && !t.endsWith('、'));
    const join = fc.constantFrom('newline', 'semicolon', 'numbered', 'circled');
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 8 }), join, (items, how) => {
        const text =
          how === 'newline'
            ? items.join('\n')
            : how === 'semicolon'
              ? items.join('；')
              : how === 'numbered'
                ? items.map((t, i) => `${i + 1}、${t}`).join('')
                : items.map((t, i) => `${'①②③④⑤⑥⑦⑧'[i]}${t}`).join('');
        expect(splitCellItems(text)).toEqual(items);
      }),
    );
  });
});

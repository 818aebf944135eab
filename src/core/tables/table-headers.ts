import { stripXmlInvalid } from '../ports/strip-xml-invalid';

const MAX_HEADER = 255;

/**
 * Header names Excel accepts for a table: none blank, none longer than 255
 * characters, no line breaks, tabs or other control characters (Excel repairs
 * a table whose column name holds one), nothing XML cannot carry, and all
 * different ignoring case (Excel would
 * otherwise rename them itself, or refuse the table). A repeated name gets a
 * number, the way Excel numbers them; `reserved` names are taken already
 * (e.g. 月份 and 合计 beside task groups named by the user).
 *
 * @example
 * tableHeaders(['月份', '文体活动', '合计', '合计', ''])
 * //=> ['月份', '文体活动', '合计', '合计2', '列5']
 * tableHeaders(['Total'], ['total']) //=> ['Total2']
 */
export function tableHeaders(headers: readonly string[], reserved: readonly string[] = []): string[] {
  const seen = new Set(reserved.map((r) => r.toLowerCase()));
  return headers.map((header, i) => {
    let base = stripXmlInvalid(header.replace(/[\u0000-\u001f\u007f]+/g, ' ')).trim();
    if (base === '') base = `列${i + 1}`;
    base = base.slice(0, MAX_HEADER - 3);
    // A cut through a surrogate pair would leave half a character.
    if (/[\uD800-\uDBFF]$/.test(base)) base = base.slice(0, -1);
    let name = base;
    for (let n = 2; seen.has(name.toLowerCase()); n++) name = `${base}${n}`;
    seen.add(name.toLowerCase());
    return name;
  });
}

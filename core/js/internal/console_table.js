// internal/console_table — console.table's rendering (lib/internal/cli_table.js and the
// table method of lib/internal/console/constructor.js), loaded on first use.
'use strict';

const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
const { inspect } = require('internal/inspect');

const tableChars = {
  middleMiddle: '─', rowMiddle: '┼', topRight: '┐', topLeft: '┌', leftMiddle: '├',
  topMiddle: '┬', bottomRight: '┘', bottomLeft: '└', bottomMiddle: '┴', rightMiddle: '┤',
  left: '│ ', right: ' │', middle: ' │ ',
};

// Display width: East Asian wide and fullwidth characters take two columns, combining
// marks none (enough for tables of ordinary text).
function stringWidth(str) {
  str = String(str).replace(/\u001b\[[0-9;]*m/g, '');
  let width = 0;
  for (const ch of str) {
    const code = ch.codePointAt(0);
    if (code < 0x20 || (code >= 0x7f && code < 0xa0) || (code >= 0x300 && code <= 0x36f) || code === 0x200b) continue;
    if ((code >= 0x1100 && code <= 0x115f) || (code >= 0x2e80 && code <= 0xa4cf && code !== 0x303f) ||
        (code >= 0xac00 && code <= 0xd7a3) || (code >= 0xf900 && code <= 0xfaff) ||
        (code >= 0xfe30 && code <= 0xfe4f) || (code >= 0xff00 && code <= 0xff60) ||
        (code >= 0xffe0 && code <= 0xffe6) || (code >= 0x1f300 && code <= 0x1f64f) ||
        (code >= 0x1f900 && code <= 0x1f9ff) || (code >= 0x20000 && code <= 0x3fffd)) {
      width += 2;
    } else {
      width += 1;
    }
  }
  return width;
}

function renderRow(row, widths) {
  let out = tableChars.left;
  for (let i = 0; i < row.length; i++) {
    const cell = row[i];
    // Node 20.20 left-aligns cells.
    out += cell + ' '.repeat(widths[i] - stringWidth(cell));
    if (i !== row.length - 1) out += tableChars.middle;
  }
  return out + tableChars.right;
}

function renderTable(head, columns) {
  const rows = [];
  const widths = head.map((h) => stringWidth(h));
  const longest = Math.max(0, ...columns.map((c) => c.length));
  for (let i = 0; i < head.length; i++) {
    const column = columns[i];
    for (let j = 0; j < longest; j++) {
      if (rows[j] === undefined) rows[j] = [];
      const value = Object.prototype.hasOwnProperty.call(column, j) ? column[j] : '';
      rows[j][i] = value;
      widths[i] = Math.max(widths[i] || 0, stringWidth(value));
    }
  }
  const divider = widths.map((w) => tableChars.middleMiddle.repeat(w + 2));
  let result = `${tableChars.topLeft}${divider.join(tableChars.topMiddle)}${tableChars.topRight}\n` +
    `${renderRow(head, widths)}\n` +
    `${tableChars.leftMiddle}${divider.join(tableChars.rowMiddle)}${tableChars.rightMiddle}\n`;
  for (const row of rows) result += `${renderRow(row, widths)}\n`;
  result += `${tableChars.bottomLeft}${divider.join(tableChars.bottomMiddle)}${tableChars.bottomRight}`;
  return result;
}

function table(console, tabularData, properties) {
  if (properties !== undefined && !Array.isArray(properties)) {
    throw new ERR_INVALID_ARG_TYPE('properties', 'Array', properties);
  }
  if (tabularData === null || typeof tabularData !== 'object') return console.log(tabularData);
  const final = (k, v) => console.log(renderTable(k, v));
  const inspectCell = (v) => {
    const depth = v !== null && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length > 2 ? -1 : 0;
    return inspect(v, { depth, maxArrayLength: 3, breakLength: Infinity });
  };
  const indexArray = (length) => Array.from({ length }, (_, i) => inspectCell(i));
  const type = binding.internalType(tabularData);
  if (type === 'Map') {
    const keys = [];
    const values = [];
    for (const [k, v] of tabularData) {
      keys.push(inspectCell(k));
      values.push(inspectCell(v));
    }
    return final(['(iteration index)', 'Key', 'Values'], [indexArray(keys.length), keys, values]);
  }
  if (type === 'Set' || type === 'SetIterator' || type === 'MapIterator') {
    const values = [];
    for (const v of tabularData) values.push(inspectCell(v));
    return final(['(iteration index)', 'Values'], [indexArray(values.length), values]);
  }
  const map = Object.create(null);
  let hasPrimitives = false;
  const valuesKeyArray = [];
  const indexKeyArray = Object.keys(tabularData);
  for (let i = 0; i < indexKeyArray.length; i++) {
    const item = tabularData[indexKeyArray[i]];
    const primitive = item === null || (typeof item !== 'function' && typeof item !== 'object');
    if (properties === undefined && primitive) {
      hasPrimitives = true;
      valuesKeyArray[i] = inspectCell(item);
    } else {
      const keys = properties || Object.keys(item);
      for (const key of keys) {
        if (map[key] === undefined) map[key] = [];
        if ((primitive && properties) || !Object.prototype.hasOwnProperty.call(item, key)) {
          map[key][i] = '';
        } else {
          map[key][i] = inspectCell(item[key]);
        }
      }
    }
  }
  const keys = Object.keys(map);
  const values = Object.values(map);
  if (hasPrimitives) {
    keys.push('Values');
    values.push(valuesKeyArray);
  }
  keys.unshift('(index)');
  values.unshift(indexKeyArray);
  return final(keys, values);
}

module.exports = { table };

// loopscope's code editor: CodeMirror 6 with JavaScript, run-highlights and error marks.
//
//   import { createEditor } from './editor.js';
//   const ed = createEditor(parentEl, { doc, onRun, onChange, dark });
//   ed.getDoc(); ed.setDoc(text); ed.highlight(scheduledLine, ranLines);
//   ed.setErrors([{ line, col, message }]); ed.setDark(bool); ed.focus(); ed.destroy();
//
// Line and column numbers are 1-based everywhere in this API. Bundled by build.mjs.

import {
  Annotation,
  Compartment,
  EditorState,
  Prec,
  RangeSet,
  StateEffect,
  StateField,
} from '@codemirror/state';
import {
  Decoration,
  EditorView,
  GutterMarker,
  WidgetType,
  gutter,
  gutterLineClass,
  highlightActiveLine,
  highlightActiveLineGutter,
  highlightSpecialChars,
  keymap,
  lineNumbers,
} from '@codemirror/view';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { HighlightStyle, bracketMatching, indentOnInput, syntaxHighlighting } from '@codemirror/language';
import { javascriptLanguage } from '@codemirror/lang-javascript';
import { tags as t } from '@lezer/highlight';

const FONT = 'ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace';

// ---------------------------------------------------------------------------------------------
// Themes

// One highlight style per theme, from the same tag groups.
function highlightStyle(c) {
  return HighlightStyle.define([
    { tag: [t.keyword, t.controlKeyword, t.moduleKeyword, t.operatorKeyword, t.definitionKeyword], color: c.keyword },
    { tag: [t.string, t.special(t.string)], color: c.string },
    { tag: [t.regexp, t.escape], color: c.regexp },
    { tag: [t.number, t.bool, t.null, t.atom], color: c.literal },
    { tag: [t.comment, t.lineComment, t.blockComment], color: c.comment, fontStyle: 'italic' },
    { tag: [t.function(t.variableName), t.function(t.propertyName)], color: c.fn },
    { tag: [t.definition(t.variableName), t.definition(t.propertyName)], color: c.definition },
    { tag: [t.className, t.typeName], color: c.type },
    { tag: [t.propertyName], color: c.property },
    { tag: [t.self, t.special(t.variableName)], color: c.keyword },
    { tag: [t.operator], color: c.operator },
    { tag: [t.punctuation, t.bracket], color: c.punctuation },
    { tag: t.invalid, color: c.invalid },
  ]);
}

const lightStyle = highlightStyle({
  keyword: '#cf222e', string: '#0a3069', regexp: '#116329', literal: '#0550ae', comment: '#6e7781',
  fn: '#8250df', definition: '#953800', type: '#953800', property: '#0550ae', operator: '#57606a',
  punctuation: '#57606a', invalid: '#cf222e',
});

const darkStyle = highlightStyle({
  keyword: '#ff9e64', string: '#b5d96a', regexp: '#8fe3cf', literal: '#d4a8ff', comment: '#6f7d8c',
  fn: '#ffc46b', definition: '#e6e1cf', type: '#6cc8ff', property: '#7fb8e8', operator: '#f0a27a',
  punctuation: '#aab3bd', invalid: '#ff6b6b',
});

const lightTheme = EditorView.theme(
  {
    '&': { color: '#1f2328', backgroundColor: '#ffffff' },
    '.cm-content': { caretColor: '#1f2328' },
    '.cm-cursor, .cm-dropCursor': { borderLeftColor: '#1f2328' },
    '.cm-gutters': { backgroundColor: '#f6f8fa', color: '#8c959f', borderRight: '1px solid #d8dee4' },
    '.cm-activeLine': { backgroundColor: '#f3f6fa' },
    '.cm-activeLineGutter': { backgroundColor: '#eaeef2', color: '#57606a' },
    '&.cm-focused .cm-matchingBracket': { backgroundColor: '#cfe8d6', outline: '1px solid #9ad0a8' },
    '&.cm-focused .cm-nonmatchingBracket': { backgroundColor: '#ffd7d5' },
    '.cm-selectionBackground, ::selection': { backgroundColor: '#cde3ff' },
  },
  { dark: false },
);

const darkTheme = EditorView.theme(
  {
    '&': { color: '#d6dde6', backgroundColor: '#0f1419' },
    '.cm-content': { caretColor: '#ffcc66' },
    '.cm-cursor, .cm-dropCursor': { borderLeftColor: '#ffcc66' },
    '.cm-gutters': { backgroundColor: '#0f1419', color: '#4f5b66', borderRight: '1px solid #1f2730' },
    '.cm-activeLine': { backgroundColor: '#151c23' },
    '.cm-activeLineGutter': { backgroundColor: '#151c23', color: '#8a96a3' },
    '&.cm-focused .cm-matchingBracket': { backgroundColor: '#26404a', outline: '1px solid #3f6b7a' },
    '&.cm-focused .cm-nonmatchingBracket': { backgroundColor: '#4a2226' },
    '.cm-selectionBackground, ::selection': { backgroundColor: '#27435e' },
  },
  { dark: true },
);

const themeFor = (dark) => (dark ? [darkTheme, syntaxHighlighting(darkStyle)] : [lightTheme, syntaxHighlighting(lightStyle)]);

// Layout, font and the loopscope decorations, with light and dark variants.
const baseTheme = EditorView.baseTheme({
  '&': { height: '100%', fontSize: '13px' },
  '&.cm-focused': { outline: 'none' },
  '.cm-scroller': { overflow: 'auto', fontFamily: FONT, lineHeight: '1.55' },
  '.cm-gutters': { fontFamily: FONT },
  '.cm-lineNumbers .cm-gutterElement': { padding: '0 8px 0 12px' },

  // highlight(): the line that scheduled the selected callback, and the lines that ran.
  '.cm-line.cm-ls-ran': { boxShadow: 'inset 3px 0 0 #3b82f6' },
  '.cm-line.cm-ls-scheduled': { boxShadow: 'inset 3px 0 0 #d97706' },
  '&light .cm-line.cm-ls-ran': { backgroundColor: '#dbeafe' },
  '&light .cm-line.cm-ls-scheduled': { backgroundColor: '#fdecc8' },
  '&dark .cm-line.cm-ls-ran': { backgroundColor: '#16304f' },
  '&dark .cm-line.cm-ls-scheduled': { backgroundColor: '#4a3510' },
  '&light .cm-gutterElement.cm-ls-ran': { backgroundColor: '#bfdbfe', color: '#1e3a8a' },
  '&light .cm-gutterElement.cm-ls-scheduled': { backgroundColor: '#fcd89a', color: '#78350f' },
  '&dark .cm-gutterElement.cm-ls-ran': { backgroundColor: '#1c3d66', color: '#cfe3ff' },
  '&dark .cm-gutterElement.cm-ls-scheduled': { backgroundColor: '#5c4212', color: '#ffe2a8' },

  // setErrors(): a red wavy underline, the message as a tooltip, a marker in the gutter.
  '.cm-ls-error': {
    textDecoration: 'underline wavy #e5484d',
    textDecorationSkipInk: 'none',
    textUnderlineOffset: '3px',
  },
  '.cm-ls-error-eol': {
    display: 'inline-block',
    width: '1ch',
    height: '1em',
    verticalAlign: 'text-bottom',
    borderBottom: '2px dotted #e5484d',
  },
  '.cm-ls-error-gutter': { width: '14px', padding: '0 0 0 4px' },
  '.cm-ls-error-marker': {
    display: 'inline-block',
    width: '8px',
    height: '8px',
    borderRadius: '50%',
    backgroundColor: '#e5484d',
    verticalAlign: 'middle',
    cursor: 'help',
  },
});

// ---------------------------------------------------------------------------------------------
// highlight(scheduledLine, ranLines): line decorations (content and gutter)

const setHighlight = StateEffect.define(); // value: { scheduled: number|null, ran: number[] }

const scheduledLineDeco = Decoration.line({ class: 'cm-ls-scheduled' });
const ranLineDeco = Decoration.line({ class: 'cm-ls-ran' });
const scheduledLineDecoBoth = Decoration.line({ class: 'cm-ls-ran cm-ls-scheduled' });

class LineClassMarker extends GutterMarker {
  constructor(cls) {
    super();
    this.elementClass = cls;
  }
  eq(other) {
    return other.elementClass === this.elementClass;
  }
}
const ranGutter = new LineClassMarker('cm-ls-ran');
const scheduledGutter = new LineClassMarker('cm-ls-scheduled');

function validLine(doc, n) {
  return Number.isInteger(n) && n >= 1 && n <= doc.lines;
}

function buildHighlight(doc, scheduled, ran) {
  const lines = new Map(); // line -> 'ran' | 'scheduled' | 'both'
  for (const n of ran || []) if (validLine(doc, n)) lines.set(n, 'ran');
  if (validLine(doc, scheduled)) lines.set(scheduled, lines.has(scheduled) ? 'both' : 'scheduled');
  const sorted = [...lines.keys()].sort((a, b) => a - b);
  const deco = [];
  const gut = [];
  for (const n of sorted) {
    const from = doc.line(n).from;
    const kind = lines.get(n);
    deco.push((kind === 'ran' ? ranLineDeco : kind === 'scheduled' ? scheduledLineDeco : scheduledLineDecoBoth).range(from));
    gut.push((kind === 'ran' ? ranGutter : scheduledGutter).range(from));
  }
  return { deco: Decoration.set(deco), gutter: RangeSet.of(gut), first: sorted.length ? doc.line(sorted[0]).from : null };
}

const highlightField = StateField.define({
  create: () => ({ deco: Decoration.none, gutter: RangeSet.empty }),
  update(value, tr) {
    for (const e of tr.effects) {
      if (e.is(setHighlight)) {
        const built = buildHighlight(tr.state.doc, e.value.scheduled, e.value.ran);
        return { deco: built.deco, gutter: built.gutter };
      }
    }
    if (!tr.docChanged) return value;
    return { deco: value.deco.map(tr.changes), gutter: value.gutter.map(tr.changes) };
  },
  provide: (f) => [
    EditorView.decorations.from(f, (v) => v.deco),
    gutterLineClass.from(f, (v) => v.gutter),
  ],
});

// ---------------------------------------------------------------------------------------------
// setErrors(list): wavy underline marks, end-of-line widgets, gutter markers

const setErrorsEffect = StateEffect.define(); // value: [{ line, col, message }]

class EolErrorWidget extends WidgetType {
  constructor(message) {
    super();
    this.message = message;
  }
  eq(other) {
    return other.message === this.message;
  }
  toDOM() {
    const span = document.createElement('span');
    span.className = 'cm-ls-error-eol';
    span.title = this.message;
    span.setAttribute('aria-label', `Error: ${this.message}`);
    return span;
  }
}

class ErrorGutterMarker extends GutterMarker {
  constructor(message) {
    super();
    this.message = message;
  }
  eq(other) {
    return other.message === this.message;
  }
  toDOM() {
    const dot = document.createElement('span');
    dot.className = 'cm-ls-error-marker';
    dot.title = this.message;
    dot.setAttribute('aria-label', `Error: ${this.message}`);
    return dot;
  }
}

// The end of the token that starts at `pos` on `line`: a word, a quoted string, or one character.
function tokenEnd(line, pos) {
  const text = line.text;
  const i = pos - line.from;
  const ch = text[i];
  if (/[\w$]/.test(ch)) {
    let j = i + 1;
    while (j < text.length && /[\w$]/.test(text[j])) j++;
    return line.from + j;
  }
  if (ch === '"' || ch === "'" || ch === '`') {
    for (let j = i + 1; j < text.length; j++) {
      if (text[j] === '\\') j++;
      else if (text[j] === ch) return line.from + j + 1;
    }
    return line.to;
  }
  return pos + 1;
}

function buildErrors(doc, list) {
  const marks = [];
  const gutterMarks = [];
  const seenGutter = new Set();
  for (const err of list || []) {
    if (!err) continue;
    const message = String(err.message ?? 'Error');
    let n = Math.round(Number(err.line) || 1);
    n = Math.min(Math.max(n, 1), doc.lines);
    const line = doc.line(n);
    const col = Math.max(Math.round(Number(err.col) || 1), 1);
    let from = line.from + col - 1;
    if (from >= line.to && line.length > 0) {
      // Past the last character (e.g. "unexpected end of input"): underline the last one.
      from = line.to - 1;
    }
    if (line.length === 0) {
      marks.push(Decoration.widget({ widget: new EolErrorWidget(message), side: 1 }).range(line.from));
    } else {
      const to = Math.min(tokenEnd(line, from), line.to);
      marks.push(Decoration.mark({ class: 'cm-ls-error', attributes: { title: message } }).range(from, Math.max(to, from + 1)));
    }
    if (!seenGutter.has(n)) {
      seenGutter.add(n);
      gutterMarks.push(new ErrorGutterMarker(message).range(line.from));
    }
  }
  return { deco: Decoration.set(marks, true), gutter: RangeSet.of(gutterMarks, true) };
}

const errorsField = StateField.define({
  create: () => ({ deco: Decoration.none, gutter: RangeSet.empty }),
  update(value, tr) {
    for (const e of tr.effects) if (e.is(setErrorsEffect)) return buildErrors(tr.state.doc, e.value);
    if (!tr.docChanged) return value;
    return { deco: value.deco.map(tr.changes), gutter: value.gutter.map(tr.changes) };
  },
  provide: (f) => EditorView.decorations.from(f, (v) => v.deco),
});

const errorGutter = gutter({
  class: 'cm-ls-error-gutter',
  markers: (view) => view.state.field(errorsField).gutter,
});

// ---------------------------------------------------------------------------------------------

// Marks transactions made by setDoc(), so that they do not call onChange.
const external = Annotation.define();

/**
 * Creates an editor inside `parent` (which sets the height; the editor fills it and scrolls).
 * @param {HTMLElement} parent
 * @param {{ doc?: string, onRun?: () => void, onChange?: (text: string) => void, dark?: boolean }} [opts]
 */
export function createEditor(parent, opts = {}) {
  const onRun = typeof opts.onRun === 'function' ? opts.onRun : () => {};
  const onChange = typeof opts.onChange === 'function' ? opts.onChange : () => {};
  const themeCompartment = new Compartment();
  let dark = !!opts.dark;

  const runKey = () => {
    onRun();
    return true;
  };

  const state = EditorState.create({
    doc: opts.doc ?? '',
    extensions: [
      // Highest precedence, above defaultKeymap's Mod-Enter (insertBlankLine).
      Prec.highest(keymap.of([
        { key: 'Mod-Enter', run: runKey, preventDefault: true },
        { key: 'Ctrl-Enter', run: runKey, preventDefault: true },
      ])),
      lineNumbers(),
      errorGutter,
      highlightActiveLineGutter(),
      highlightSpecialChars(),
      history(),
      indentOnInput(),
      bracketMatching(),
      highlightActiveLine(),
      javascriptLanguage, // the language alone: no completion sources (this editor has no autocompletion)
      // Deliberately no indentWithTab: for keyboard accessibility Tab and Shift-Tab must move
      // the focus out of the editor, as they do for any other form control.
      keymap.of([...defaultKeymap, ...historyKeymap]),
      highlightField,
      errorsField,
      baseTheme,
      themeCompartment.of(themeFor(dark)),
      EditorView.contentAttributes.of({ 'aria-label': 'Code editor' }),
      EditorView.updateListener.of((update) => {
        if (!update.docChanged) return;
        if (update.transactions.some((tr) => tr.annotation(external))) return;
        onChange(update.state.doc.toString());
      }),
    ],
  });

  const view = new EditorView({ state, parent });

  return {
    view,
    getDoc() {
      return view.state.doc.toString();
    },
    setDoc(text) {
      const doc = String(text ?? '');
      // Highlights and errors belong to the old text: clear them with it.
      view.dispatch({
        changes: { from: 0, to: view.state.doc.length, insert: doc },
        selection: { anchor: 0 },
        effects: [setHighlight.of({ scheduled: null, ran: [] }), setErrorsEffect.of([])],
        annotations: external.of(true),
      });
    },
    highlight(scheduledLine, ranLines) {
      const ran = Array.isArray(ranLines) ? ranLines : [];
      const built = buildHighlight(view.state.doc, scheduledLine, ran);
      const effects = [setHighlight.of({ scheduled: scheduledLine ?? null, ran })];
      if (built.first !== null) effects.push(EditorView.scrollIntoView(built.first, { y: 'nearest', yMargin: 24 }));
      view.dispatch({ effects });
    },
    setErrors(list) {
      view.dispatch({ effects: setErrorsEffect.of(Array.isArray(list) ? list : []) });
    },
    setDark(value) {
      const next = !!value;
      if (next === dark) return;
      dark = next;
      view.dispatch({ effects: themeCompartment.reconfigure(themeFor(dark)) });
    },
    focus() {
      view.focus();
    },
    destroy() {
      view.destroy();
    },
  };
}

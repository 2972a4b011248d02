import type { editor, languages } from 'monaco-editor/editor'

/** Brackets and folding for JSON, without Monaco's JSON language service (and its worker). */
export const JSON_LANGUAGE: languages.LanguageConfiguration = {
  brackets: [
    ['{', '}'],
    ['[', ']'],
  ],
  autoClosingPairs: [
    { open: '{', close: '}' },
    { open: '[', close: ']' },
    { open: '"', close: '"' },
  ],
}

/** Colours JSON as the language service would: property names apart from string values, numbers, literals. */
export const JSON_TOKENS: languages.IMonarchLanguage = {
  tokenPostfix: '.json',
  tokenizer: {
    root: [
      [/"(?:[^"\\]|\\.)*"(?=\s*:)/, 'string.key'],
      [/"(?:[^"\\]|\\.)*"/, 'string.value'],
      [/-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/, 'number'],
      [/\b(?:true|false|null)\b/, 'keyword'],
      [/[{}[\]]/, '@brackets'],
      [/[,:]/, 'delimiter'],
      [/\s+/, 'white'],
    ],
  },
}

/**
 * Monaco's light theme with its few colours under WCAG AA contrast (4.5:1 on white) darkened: shell options
 * and attribute names (#ff0000, 4.0:1), annotations (#808080).
 */
export const READABLE_LIGHT_THEME: editor.IStandaloneThemeData = {
  base: 'vs',
  inherit: true,
  rules: [
    { token: 'attribute.name', foreground: 'c10000' },
    { token: 'metatag', foreground: 'c10000' },
    { token: 'string.sql', foreground: 'c10000' },
    { token: 'annotation', foreground: '666666' },
  ],
  colors: {},
}

/** Monaco's dark theme on the page's dark surface (its token colours already pass AA on it). */
export const READABLE_DARK_THEME: editor.IStandaloneThemeData = {
  base: 'vs-dark',
  inherit: true,
  rules: [{ token: 'annotation', foreground: 'a0a0a0' }],
  colors: { 'editor.background': '#1a1e23' },
}

/**
 * Text from a draft or a file name on its way to a terminal: a control
 * character (`ESC ] 0 ; … BEL` retitles the window, `ESC [2J` clears it, a
 * line break splits "one line per problem") is shown as its Unicode control
 * picture (␛, ␇, ␊), one column for one, so that carets under an excerpt
 * still line up. Tabs are kept. C1 controls (U+0080–U+009F), which some
 * terminals obey too, become U+FFFD.
 */
export function visibleControls(text: string): string {
  return text.replace(CONTROL, (char) => {
    const code = char.charCodeAt(0)
    if (code < 0x20) return String.fromCharCode(0x2400 + code)
    if (code === 0x7f) return '\u2421'
    return '\ufffd'
  })
}

const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/g

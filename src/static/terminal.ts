/**
 * Text from the data, made safe to print on a terminal. Data reaches the CLI's
 * messages (an event's id, a bad date as written), and a terminal acts on what it
 * prints: ESC starts sequences that clear the screen or write the clipboard
 * (OSC 52), and a newline lets the data forge a line of its own — in CI, an
 * annotation such as `::error title=…::`. Every control character (C0, DEL, C1)
 * and every bidirectional override (which can make printed text read other than
 * it is) is shown escaped, as `\n` or `\u001b`, so each message stays one line
 * that says what the data holds.
 */
const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, (c) => (Object.hasOwn(NAMED, c) ? NAMED[c]! : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
}

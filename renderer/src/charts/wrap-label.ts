/**
 * A long axis label broken into lines of about `width` characters at spaces, so labels set
 * close together (round a radar, beside a bar) do not run into each other. chart.js draws an
 * array as lines.
 */
export function wrapLabel(label: string, width = 22): string | string[] {
  if (label.length <= width) return label;
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

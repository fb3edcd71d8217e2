import { displayWidth } from '../../text/index.js';
import { fitSpans, span, type Line } from './spans.js';

/** A one-time message ("search wrapped") in place of the key hints, the position kept on the right. */
export function noticeLine(notice: string, position: string, width: number): Line {
  const right = position ? ` ${position}` : '';
  const room = Math.max(0, width - displayWidth(right));
  return [...fitSpans([span(notice, { bold: true })], room, true), span(right, { bold: true })];
}

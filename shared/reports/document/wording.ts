import { roleInSentence } from '../../analysis/text';

export { roleInSentence };
/*
 * Small wording helpers the document builders share: documents hold plain text (the writers
 * escape and style it), so the report's Markdown emphasis is taken out here.
 */

/** The text without the `**bold**` marks the Markdown report puts around key figures. */
export const plain = (text: string): string => text.replace(/\*\*/g, '');

const WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** "one", "two" … "ten", then digits: how a sentence counts people. */
export const inWords = (n: number): string => WORDS[n] ?? n.toLocaleString('en');

/** "one data engineer", "two data scientists". */
export const peopleOfRole = (n: number, roleName: string): string =>
  `${inWords(n)} ${roleInSentence(roleName)}${n === 1 ? '' : 's'}`;

/** FTE as people read it: at most two decimals. */
export const fte = (value: number): string => `${Math.round(value * 100) / 100} FTE`;

/** The label of a product team, empty for members with none. */
export const teamLabel = (productTeam: string | null | undefined): string =>
  productTeam === null || productTeam === undefined || productTeam === '' ? 'No product team' : productTeam;

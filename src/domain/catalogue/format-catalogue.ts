import type { Catalogue, CatalogueValue, ReflectiveQuestion } from './types';

/**
 * Writes a catalogue in the plain-text form, e.g. for the admin page's "copy as text". Parsing the
 * result gives the same catalogue back. Tags are always written so the mapping to field options is
 * visible and survives renaming a value.
 */
export function formatCatalogueAsText(catalogue: Catalogue): string {
  const blocks = [
    [`Mission: ${catalogue.mission}`.trimEnd(), `Vision: ${catalogue.vision}`.trimEnd()],
    ...catalogue.values.map(formatValue),
  ];
  if (catalogue.missionQuestions.length > 0) blocks.push(['Mission questions:', ...catalogue.missionQuestions.map(formatQuestion)]);
  if (catalogue.visionQuestions.length > 0) blocks.push(['Vision questions:', ...catalogue.visionQuestions.map(formatQuestion)]);
  return `${blocks.map((lines) => lines.join('\n')).join('\n\n')}\n`;
}

function formatValue(value: CatalogueValue): string[] {
  const lines = [`Value: ${value.name}`, `Tag: ${value.tag}`];
  if (value.description !== '') lines.push(`Description: ${value.description}`);
  if (value.prompts.length > 0) lines.push('Prompts:', ...value.prompts.map((item) => `- ${item}`));
  if (value.questions.length > 0) lines.push('Questions:', ...value.questions.map((item) => `- ${item}`));
  if (value.signals.length > 0) lines.push(`Signals: ${value.signals.map(formatSignal).join(', ')}`);
  if (value.behaviours && value.behaviours.length > 0) lines.push(`Behaviours: ${value.behaviours.join(', ')}`);
  return lines;
}

function formatQuestion(question: ReflectiveQuestion): string {
  return question.phrase ? `- "${question.phrase}": ${question.text}` : `- ${question.text}`;
}

/** Quotes keep a comma inside a signal from splitting it. */
function formatSignal(signal: string): string {
  return signal.includes(',') ? `"${signal}"` : signal;
}

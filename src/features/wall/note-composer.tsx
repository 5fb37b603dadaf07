import { useId, useState } from 'react';
import { Button } from '@zendeskgarden/react-buttons';
import { Checkbox, Field, Textarea } from '@zendeskgarden/react-forms';
import { noteLength, WALL_NOTE_MAX } from '../../domain/wall/note';
import { useT } from '../../services/services';
import type { NoteInputResult } from './use-wall-writer';
import { StyledMeta } from './styled';

interface INoteComposerProps {
  label: string;
  submitLabel: string;
  initialText?: string;
  /** When set, the author may link the note to this ticket (on by default). */
  ticketId?: number | null;
  onSubmit: (text: string, linkTicket: boolean) => NoteInputResult;
  onCancel?: () => void;
}

/**
 * Writing a note. Nothing typed is ever cut: past the limit the count turns into an error and the
 * button waits, so a long paste can be trimmed rather than lost.
 */
export function NoteComposer({ label, submitLabel, initialText = '', ticketId = null, onSubmit, onCancel }: INoteComposerProps) {
  const t = useT();
  const [text, setText] = useState(initialText);
  const [linkTicket, setLinkTicket] = useState(true);
  const [problem, setProblem] = useState<string | null>(null);
  const countId = useId();
  const length = noteLength(text);
  const over = length > WALL_NOTE_MAX;

  const submit = () => {
    const result = onSubmit(text, linkTicket);
    if (result.ok) {
      setText('');
      setProblem(null);
    } else
      setProblem(t(`vc.wall.${result.code === 'wall.note.empty' ? 'empty' : 'tooLong'}`, { count: result.length, max: WALL_NOTE_MAX }));
  };

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <Field>
        <Field.Label>{label}</Field.Label>
        <Textarea
          value={text}
          minRows={2}
          maxRows={8}
          dir="auto"
          aria-describedby={countId}
          validation={over ? 'error' : undefined}
          onChange={(event) => {
            setText(event.target.value);
            setProblem(null);
          }}
        />
        <Field.Hint id={countId}>{t('vc.wall.count', { count: length, max: WALL_NOTE_MAX })}</Field.Hint>
        {over || problem ? (
          <Field.Message validation="error" role="alert">
            {problem ?? t('vc.wall.tooLong', { count: length, max: WALL_NOTE_MAX })}
          </Field.Message>
        ) : null}
      </Field>
      {ticketId !== null ? (
        <Field>
          <Checkbox checked={linkTicket} onChange={() => setLinkTicket(!linkTicket)}>
            <Field.Label isRegular>{t('vc.wall.linkTicket', { id: ticketId })}</Field.Label>
          </Checkbox>
        </Field>
      ) : null}
      <StyledMeta>
        <Button size="small" isPrimary type="submit" disabled={over || length === 0}>
          {submitLabel}
        </Button>
        {onCancel ? (
          <Button size="small" isBasic onClick={onCancel}>
            {t('vc.wall.cancel')}
          </Button>
        ) : null}
      </StyledMeta>
    </form>
  );
}

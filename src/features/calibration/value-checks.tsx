import { Checkbox, Field } from '@zendeskgarden/react-forms';

interface IValueChecksProps {
  values: readonly { tag: string; name: string }[];
  checked: readonly string[];
  onToggle: (tag: string, checked: boolean) => void;
}

/** One checkbox per value for a calibration answer (the leads page's form and the sidebar's). */
export function ValueChecks({ values, checked, onToggle }: IValueChecksProps) {
  return (
    <>
      {values.map((value) => (
        <Field key={value.tag}>
          <Checkbox checked={checked.includes(value.tag)} onChange={(e) => onToggle(value.tag, e.target.checked)}>
            <Field.Label>{value.name}</Field.Label>
          </Checkbox>
        </Field>
      ))}
    </>
  );
}

import { useEffect, useId, useState } from 'react';
import styled from 'styled-components';
import { Field, Input, Select } from '@zendeskgarden/react-forms';
import { checkRange, MIN_YEAR, type RangeProblem } from '../../domain/dashboard/date-range';
import { useT } from '../../services/services';
import { presetOf, presetRange, RANGE_PRESETS, type DashboardFilters, type RangePreset } from './filters';

export interface FilterOption {
  id: string;
  label: string;
}

/** A date is loaded once typing pauses this long: one Search Export run per range, not per keystroke. */
export const DATE_DEBOUNCE_MS = 600;

interface IFiltersBarProps {
  filters: DashboardFilters;
  values: FilterOption[];
  agents: FilterOption[];
  groups: FilterOption[];
  onChange: (filters: DashboardFilters) => void;
  /** Today, for the year bounds. */
  today: Date;
}

const StyledBar = styled.div`
  display: grid;
  grid-template-columns: repeat(auto-fit, minmax(160px, 1fr));
  gap: ${({ theme }) => theme.space.base * 3}px;
  align-items: start;
  margin-bottom: ${({ theme }) => theme.space.base * 6}px;
`;

const StyledNote = styled.p`
  grid-column: 1 / -1;
  margin: 0;
`;

/** One choice per list keeps the bar simple; "all" is the empty choice. */
function SingleSelect({
  label,
  options,
  selected,
  onSelect,
}: {
  label: string;
  options: FilterOption[];
  selected: string | undefined;
  onSelect: (id: string | undefined) => void;
}) {
  const t = useT();
  return (
    <Field>
      <Field.Label>{label}</Field.Label>
      <Select value={selected ?? ''} onChange={(e) => onSelect(e.target.value || undefined)}>
        <option value="">{t('vc.leads.filters.all')}</option>
        {options.map((option) => (
          <option key={option.id} value={option.id}>
            {option.label}
          </option>
        ))}
      </Select>
    </Field>
  );
}

function DateField({
  label,
  value,
  problem,
  bounds,
  onChange,
}: {
  label: string;
  value: string;
  problem: RangeProblem | undefined;
  bounds: { min: string; max: string };
  onChange: (value: string) => void;
}) {
  const t = useT();
  return (
    <Field>
      <Field.Label>{label}</Field.Label>
      <Input
        type="date"
        value={value}
        min={bounds.min}
        max={bounds.max}
        validation={problem ? 'error' : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      {problem ? (
        <Field.Message validation="error">
          {t(`vc.figures.range.${problem.code}`, { min: MIN_YEAR, max: Number(bounds.max.slice(0, 4)) })}
        </Field.Message>
      ) : null}
    </Field>
  );
}

/**
 * The dates are drafts while the lead types: a half-typed year (`0202-11-01`) is shown with a
 * message at its field and never loaded; a valid range is loaded once typing pauses.
 */
export function FiltersBar({ filters, values, agents, groups, onChange, today }: IFiltersBarProps) {
  const t = useT();
  const id = useId();
  const [draft, setDraft] = useState({ from: filters.from, to: filters.to });
  const problems = checkRange(draft.from, draft.to, today);
  const isValid = problems.length === 0;
  const changed = draft.from !== filters.from || draft.to !== filters.to;

  useEffect(() => {
    if (!isValid || !changed) return undefined;
    const timer = setTimeout(() => onChange({ ...filters, from: draft.from, to: draft.to }), DATE_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [changed, draft, filters, isValid, onChange]);

  const bounds = { min: `${MIN_YEAR}-01-01`, max: `${today.getUTCFullYear() + 1}-12-31` };
  const problemOf = (field: 'from' | 'to') => problems.find((p) => p.field === field);
  const preset = presetOf(draft, today);
  // A preset loads at once: it is a choice, not a date being typed.
  const choosePreset = (value: string) => {
    if (value === 'custom') return;
    const range = presetRange(value as RangePreset, today);
    setDraft(range);
    onChange({ ...filters, ...range });
  };
  return (
    <StyledBar role="group" aria-label={t('vc.leads.filters.label')} id={id}>
      <Field>
        <Field.Label>{t('vc.leads.filters.range')}</Field.Label>
        <Select value={preset} onChange={(e) => choosePreset(e.target.value)}>
          {RANGE_PRESETS.map((p) => (
            <option key={p} value={p}>
              {t(`vc.leads.filters.preset.${p}`)}
            </option>
          ))}
          <option value="custom">{t('vc.leads.filters.preset.custom')}</option>
        </Select>
      </Field>
      <DateField
        label={t('vc.leads.filters.from')}
        value={draft.from}
        problem={problemOf('from')}
        bounds={bounds}
        onChange={(from) => setDraft((d) => ({ ...d, from }))}
      />
      <DateField
        label={t('vc.leads.filters.to')}
        value={draft.to}
        problem={problemOf('to')}
        bounds={bounds}
        onChange={(to) => setDraft((d) => ({ ...d, to }))}
      />
      <SingleSelect
        label={t('vc.leads.filters.value')}
        options={values}
        selected={filters.valueTags[0]}
        onSelect={(tag) => onChange({ ...filters, valueTags: tag ? [tag] : [] })}
      />
      <SingleSelect
        label={t('vc.leads.filters.agent')}
        options={agents}
        selected={filters.agentIds[0]?.toString()}
        onSelect={(agent) => onChange({ ...filters, agentIds: agent ? [Number(agent)] : [] })}
      />
      <SingleSelect
        label={t('vc.leads.filters.group')}
        options={groups}
        selected={filters.groupIds[0]?.toString()}
        onSelect={(group) => onChange({ ...filters, groupIds: group ? [Number(group)] : [] })}
      />
      <StyledNote role="status">{isValid ? '' : t('vc.figures.range.stillShowing', { from: filters.from, to: filters.to })}</StyledNote>
    </StyledBar>
  );
}

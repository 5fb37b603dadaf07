import { useId } from 'react';
import styled from 'styled-components';
import { Field, Input, Select } from '@zendeskgarden/react-forms';
import { useT } from '../../services/services';
import type { DashboardFilters } from './filters';

export interface FilterOption {
  id: string;
  label: string;
}

interface IFiltersBarProps {
  filters: DashboardFilters;
  values: FilterOption[];
  agents: FilterOption[];
  groups: FilterOption[];
  onChange: (filters: DashboardFilters) => void;
}

const StyledBar = styled.div`
  display: grid;
  grid-template-columns: repeat(auto-fit, minmax(160px, 1fr));
  gap: ${({ theme }) => theme.space.base * 3}px;
  align-items: end;
  margin-bottom: ${({ theme }) => theme.space.base * 6}px;
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

export function FiltersBar({ filters, values, agents, groups, onChange }: IFiltersBarProps) {
  const t = useT();
  const id = useId();
  return (
    <StyledBar role="group" aria-label={t('vc.leads.filters.label')} id={id}>
      <Field>
        <Field.Label>{t('vc.leads.filters.from')}</Field.Label>
        <Input
          type="date"
          value={filters.from}
          max={filters.to}
          onChange={(e) => e.target.value && onChange({ ...filters, from: e.target.value })}
        />
      </Field>
      <Field>
        <Field.Label>{t('vc.leads.filters.to')}</Field.Label>
        <Input
          type="date"
          value={filters.to}
          min={filters.from}
          onChange={(e) => e.target.value && onChange({ ...filters, to: e.target.value })}
        />
      </Field>
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
    </StyledBar>
  );
}

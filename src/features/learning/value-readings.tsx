import { useMemo } from 'react';
import styled from 'styled-components';
import type { Catalogue } from '../../domain/catalogue/types';
import { BEHAVIOURS } from '../../domain/suggest/behaviours';
import { DEFAULT_PARAMS } from '../../domain/suggest/params';
import { readingsOf } from '../../domain/suggest/value-behaviours';
import { behaviourMeaningKey } from '../../domain/suggest-llm/behaviour-meanings';
import { parseModelSettings } from '../../domain/settings/model-settings';
import { useServices, useT } from '../../services/services';
import { BehaviourProposal } from './behaviour-proposal';

const StyledList = styled.ul`
  margin: 0;
  padding-inline-start: ${({ theme }) => theme.space.base * 4}px;
`;

const StyledNames = styled.dl`
  display: grid;
  grid-template-columns: max-content 1fr;
  gap: ${({ theme }) => theme.space.base}px ${({ theme }) => theme.space.base * 3}px;
  margin: 0;

  dd {
    margin: 0;
  }
`;

/* A name and its meaning: a group the list's grid lays out as two cells. */
const StyledPair = styled.div`
  display: contents;
`;

/** A behaviour this small a share of a value's reading says little about it: not listed. */
const MIN_SHARE = 0.1;
const MAX_LISTED = 4;

/** The behaviours the suggestion reads in a value, by share (largest first), as the catalogue's `Behaviours:` line names them. */
function readBehaviours(catalogue: Catalogue): { tag: string; name: string; behaviours: string[]; declared: boolean }[] {
  return readingsOf(catalogue, DEFAULT_PARAMS.promptWeight, DEFAULT_PARAMS.thesaurusWeight).map((r) => ({
    tag: r.value.tag,
    name: r.value.name,
    behaviours: BEHAVIOURS.map((b, i) => [b, r.behaviours[i]!] as const)
      .filter(([, share]) => share >= MIN_SHARE)
      .sort((a, b) => b[1] - a[1])
      .slice(0, MAX_LISTED)
      .map(([b]) => b),
    declared: (r.value.behaviours?.length ?? 0) > 0,
  }));
}

/**
 * What the suggestion reads each value to be about, in the names the catalogue's `Behaviours:` line takes (ADR 0158), so
 * an admin can see where the reading is off and name the behaviours instead. Loaded when its disclosure opens
 * (`ValueReadings`): the value lexicon and its thesaurus are not part of the leads page until then.
 */
export function ValueReadingsList({ catalogue }: { catalogue: Catalogue }) {
  const t = useT();
  const { port, user } = useServices();
  const readings = useMemo(() => readBehaviours(catalogue), [catalogue]);
  const model = useMemo(() => parseModelSettings(port.settings, () => undefined), [port]);
  return (
    <>
      <p>{t('vc.learning.readings.explain')}</p>
      <StyledList data-testid="value-readings">
        {readings.map((r) => (
          <li key={r.tag}>
            {r.name}: {r.behaviours.length > 0 ? <code>{r.behaviours.join(', ')}</code> : t('vc.learning.readings.none')}
            {r.declared ? ` (${t('vc.learning.readings.declared')})` : ''}
          </li>
        ))}
      </StyledList>
      {model.enabled && user.role === 'admin' && catalogue.values.length > 0 ? (
        <BehaviourProposal catalogue={catalogue} settings={model} />
      ) : null}
      <p>{t('vc.learning.readings.namesTitle')}</p>
      <StyledNames data-testid="behaviour-names">
        {BEHAVIOURS.map((b) => (
          <StyledPair key={b}>
            <dt>
              <code>{b}</code>
            </dt>
            <dd>{t(behaviourMeaningKey(b))}</dd>
          </StyledPair>
        ))}
      </StyledNames>
    </>
  );
}

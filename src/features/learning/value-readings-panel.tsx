import { Suspense, lazy } from 'react';
import { Dots } from '@zendeskgarden/react-loaders';
import type { Catalogue } from '../../domain/catalogue/types';
import { useT } from '../../services/services';
import { Disclosure } from '../../ui/disclosure';

const ValueReadingsList = lazy(() => import('./value-readings').then((m) => ({ default: m.ValueReadingsList })));

/** "How the suggestions read each value" (ADR 0158): closed at first; what it lists loads when it opens. */
export function ValueReadings({ catalogue }: { catalogue: Catalogue }) {
  const t = useT();
  return (
    <Disclosure label={t('vc.learning.readings.title')}>
      <Suspense fallback={<Dots aria-label={t('vc.loading')} />}>
        <ValueReadingsList catalogue={catalogue} />
      </Suspense>
    </Disclosure>
  );
}

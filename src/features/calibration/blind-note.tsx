import { Alert } from '@zendeskgarden/react-notifications';
import { useServices } from '../../services/services';
import type { CalibrationBlindness } from './use-calibration-blindness';

/** Says why the figures wait: the viewer has a calibration round to submit first (ADR 0081). */
export function BlindNote({ blindness }: { blindness: CalibrationBlindness }) {
  const { i18n } = useServices();
  if (blindness.pending.length === 0) return null;
  const list = new Intl.ListFormat(i18n.locale, { type: 'conjunction' }).format(blindness.pending);
  return (
    <Alert type="info" data-testid="calibration-blind-note">
      {i18n.t('vc.calibrationBlind.note', { rounds: list, count: blindness.pending.length })}
    </Alert>
  );
}

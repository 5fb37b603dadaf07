import { englishMessages } from '../i18n/load-messages';

/** Opened directly in a browser: there is no Zendesk to talk to, so say how to run the app. */
export function OutsideZendesk() {
  return <p style={{ fontFamily: 'system-ui, sans-serif', padding: 16 }}>{englishMessages['vc.outsideZendesk']}</p>;
}

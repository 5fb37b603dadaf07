import { useEnglish } from './use-english';

/** Opened directly in a browser: there is no Zendesk to talk to, so say how to run the app. */
export function OutsideZendesk() {
  const english = useEnglish();
  return <p style={{ fontFamily: 'system-ui, sans-serif', padding: 16 }}>{english['vc.outsideZendesk']}</p>;
}

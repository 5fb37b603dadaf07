// Zendesk's hosted zaf_sdk.min.js, rebuilt from the npm package: a classic script that defines
// window.ZAFClient, as the hosted file does.
import ZAFClient from 'zendesk_app_framework_sdk';

(window as unknown as { ZAFClient: unknown }).ZAFClient = ZAFClient;

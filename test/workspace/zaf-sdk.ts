// Inside the app iframe in the local workspace: the real ZAF SDK code from the npm package, in place
// of the hosted zaf_sdk.min.js that the production iframe.html loads by script tag.
import ZAFClient from 'zendesk_app_framework_sdk';

window.ZAFClient = ZAFClient as unknown as NonNullable<Window['ZAFClient']>;

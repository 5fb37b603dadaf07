// The workspace's service worker: answers Zendesk's hosted ZAF SDK URL with the SDK built from the
// npm package (this machine has no network, and the app package must run unchanged). Every other
// request goes to the network as usual.
const HOSTED_SDK = /^https:\/\/static\.zdassets\.com\/zendesk_app_framework_sdk\/[^/]+\/zaf_sdk(\.min)?\.js$/;

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));
self.addEventListener('fetch', (event) => {
  if (HOSTED_SDK.test(event.request.url)) event.respondWith(fetch('/zaf-sdk/zaf_sdk.min.js'));
});

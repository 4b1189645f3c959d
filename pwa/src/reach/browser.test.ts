import assert from 'node:assert/strict';
import { test } from 'node:test';
import { browserReach, isLoopbackPage, isMixedContent } from './browser.ts';

const UA = {
  chrome156:
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36',
  chrome120:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36',
  iosChrome:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/120.0 Mobile/15E148 Safari/604.1',
  macSafari:
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Safari/605.1.15',
  firefox: 'Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0',
};

test('Chrome from 142 on can ask for local network access; older Chrome cannot', () => {
  assert.equal(browserReach(UA.chrome156), 'lna');
  assert.equal(browserReach(UA.chrome120), 'chromium-without-lna');
});

test('every iOS browser and desktop Safari are WebKit; Firefox is Firefox', () => {
  assert.equal(browserReach(UA.iosChrome), 'webkit');
  assert.equal(browserReach(UA.macSafari), 'webkit');
  assert.equal(browserReach(UA.firefox), 'firefox');
  assert.equal(browserReach('curl/8'), 'other');
});

test('only an https page fetching an http camera is mixed content', () => {
  assert.equal(isMixedContent('https://app.example/', 'http://10.0.0.5'), true);
  assert.equal(isMixedContent('http://127.0.0.1:5173/', 'http://10.0.0.5'), false);
  assert.equal(isMixedContent('https://app.example/', 'https://cam.example'), false);
});

test('loopback pages are recognised', () => {
  assert.equal(isLoopbackPage('http://127.0.0.1:5173/wall'), true);
  assert.equal(isLoopbackPage('http://localhost/'), true);
  assert.equal(isLoopbackPage('https://printcam.example/'), false);
});

// "Remind me on this phone" (/reminders): asks the browser for a push subscription to the
// server's key (`data-push`) and hands it to the server. Without JavaScript, or where the
// browser has no push, the page's text says what is needed instead. A plain script, not a
// WebAssembly island: nothing else on the page needs one.
(() => {
  const box = document.querySelector('[data-push]');
  if (!box || !('serviceWorker' in navigator) || !('PushManager' in window) || !('Notification' in window)) return;
  const status = box.querySelector('.push-status');
  const say = (name) => { status.textContent = box.getAttribute(name); };
  box.querySelector('[data-push-unsupported]').hidden = true;
  box.querySelector('[data-push-supported]').hidden = false;
  const key = (text) => {
    const raw = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(raw, (c) => c.charCodeAt(0));
  };
  const plain = (buffer) =>
    btoa(String.fromCharCode(...new Uint8Array(buffer))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  box.querySelector('[data-push-on]').addEventListener('click', async () => {
    say('data-working');
    try {
      if ((await Notification.requestPermission()) !== 'granted') return say('data-denied');
      const registration = await navigator.serviceWorker.ready;
      const serverKey = key(box.dataset.push);
      let subscription = await registration.pushManager.getSubscription();
      // One made for another key of the server's (its key was changed) would be refused.
      const made = subscription && subscription.options.applicationServerKey;
      if (made && plain(made) !== plain(serverKey.buffer)) {
        await subscription.unsubscribe();
        subscription = null;
      }
      subscription =
        subscription || (await registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: serverKey }));
      const body = new URLSearchParams({
        endpoint: subscription.endpoint,
        p256dh: plain(subscription.getKey('p256dh')),
        auth: plain(subscription.getKey('auth')),
      });
      const answer = await fetch('/api/add-push-device', { method: 'POST', body, headers: { Accept: 'application/json' } });
      if (!answer.ok) return say('data-failed');
      location.assign('/reminders?added=1');
    } catch {
      say('data-failed');
    }
  });
})();

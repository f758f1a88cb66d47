// Vägval's service worker, where the browser has them: it keeps the public files and the
// offline page (app/src/install/mod.rs). Every page works without it.
if ('serviceWorker' in navigator) {
  navigator.serviceWorker
    .register('/sw.js')
    .then(() => navigator.serviceWorker.ready)
    .then((registration) => {
      // The offline page speaks the language of the last page seen.
      registration.active?.postMessage({ language: document.documentElement.lang });
    })
    .catch(() => {});
}

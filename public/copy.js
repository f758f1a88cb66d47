// "Copy" buttons for a just-issued code and link, so a coach can paste them into a message of
// their own. They exist with JavaScript only: the server renders them `hidden`, and this
// shows them and wires them to the clipboard. Each button names the element whose text it
// copies (`data-copy-from`); the page's status panel carries the "copied" texts
// (`data-copied`, `data-not-copied`) and the line they go in (`.copy-status`). A plain
// script, not a WebAssembly island: the page then loads no WebAssembly at all.
(() => {
  const panel = document.querySelector('[data-copied]');
  for (const button of document.querySelectorAll('button[data-copy-from]')) {
    button.hidden = false;
    button.addEventListener('click', async () => {
      const from = document.getElementById(button.dataset.copyFrom);
      let copied = true;
      try {
        await navigator.clipboard.writeText((from ? from.textContent : '').trim());
      } catch {
        copied = false;
      }
      const line = panel && panel.querySelector('.copy-status');
      if (line) line.textContent = panel.getAttribute(copied ? 'data-copied' : 'data-not-copied');
    });
  }
})();

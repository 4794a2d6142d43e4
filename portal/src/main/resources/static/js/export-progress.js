// A background export's progress page (no inline script is allowed by the Content-Security-Policy):
// polls the JSON at data-status-url on #export-progress every second while the job runs, moves the bar
// and the row counts, and shows the download (or the failure) when it ends. Without it the page's
// noscript refresh and the refresh link do the same.
(function () {
  'use strict';

  function text(id, value) {
    var element = document.getElementById(id);
    if (element) {
      element.textContent = value;
    }
  }

  function show(id, visible) {
    var element = document.getElementById(id);
    if (element) {
      element.classList.toggle('d-none', !visible);
    }
  }

  function start() {
    var box = document.getElementById('export-progress');
    if (!box || box.getAttribute('data-state') !== 'RUNNING') {
      return;
    }
    var url = box.getAttribute('data-status-url');
    var labels = {
      DONE: box.getAttribute('data-label-done'),
      FAILED: box.getAttribute('data-label-failed')
    };

    function poll() {
      fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
        .then(function (response) {
          if (!response.ok) {
            throw new Error('status ' + response.status);
          }
          return response.json();
        })
        .then(function (status) {
          document.getElementById('export-bar').value = status.percent;
          text('export-percent', status.percent + '%');
          text('export-written', status.written);
          if (status.total >= 0) {
            text('export-total', status.total);
          }
          if (status.state === 'RUNNING') {
            window.setTimeout(poll, 1000);
            return;
          }
          box.setAttribute('data-state', status.state);
          text('export-state', labels[status.state] || status.state);
          show('export-refresh', false);
          show('export-download', status.state === 'DONE');
          show('export-failed', status.state === 'FAILED');
        })
        .catch(function () {
          // A lost connection: try again a little later; the refresh link still works.
          window.setTimeout(poll, 3000);
        });
    }

    window.setTimeout(poll, 1000);
  }

  document.addEventListener('DOMContentLoaded', start);
}());

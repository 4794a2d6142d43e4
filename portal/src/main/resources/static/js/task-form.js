// Draws a task's deployed form (tasks/form.html) with the vendored form-js viewer, and hands
// what was entered to the decide form as JSON (formData). form-js checks the fields first, so a
// person sees mistakes at once; the server checks everything again and answers in Chinese or
// English. Loaded only on pages with such a form; the CSP allows no inline script.
(function () {
  'use strict';

  var container = document.getElementById('task-form');
  var decide = document.getElementById('decide-form');
  var hidden = document.getElementById('form-data');
  if (!container || !decide || !hidden) {
    return;
  }
  var form = null;

  function failed() {
    document.getElementById('task-form-failed').classList.remove('d-none');
  }

  try {
    window.FormViewer.createForm({
      container: container,
      schema: JSON.parse(container.getAttribute('data-form-schema')),
      data: JSON.parse(container.getAttribute('data-form-data') || '{}')
    }).then(function (created) {
      form = created;
      container.setAttribute('data-form-ready', 'true');
    }, failed);
  } catch (e) {
    failed();
  }

  // Runs before portal.js asks for confirmation (that listens on the document).
  decide.addEventListener('submit', function (event) {
    if (!form) {
      event.preventDefault();
      event.stopPropagation();
      return;
    }
    var result = form.submit();
    if (Object.keys(result.errors).length > 0) {
      event.preventDefault();
      event.stopPropagation();
      container.scrollIntoView();
      return;
    }
    hidden.value = JSON.stringify(result.data);
  });
}());

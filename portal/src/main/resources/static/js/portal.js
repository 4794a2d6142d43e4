// The portal's only script. The Content-Security-Policy allows no inline script or event
// handler, so behaviour that templates used to write inline is declared with data attributes:
//   data-confirm="question" on a form or a submit button: asks before sending;
//   data-print on a button: prints the page;
//   data-check-all="name" on a checkbox: ticks or clears every checkbox of that name in its form;
//   data-copy="text" on a button: copies the text to the clipboard (where the browser allows it).
(function () {
  'use strict';

  document.addEventListener('submit', function (event) {
    var button = event.submitter;
    var question = (button && button.getAttribute('data-confirm')) || event.target.getAttribute('data-confirm');
    if (question && !window.confirm(question)) {
      event.preventDefault();
    }
  });

  document.addEventListener('change', function (event) {
    var name = event.target.getAttribute && event.target.getAttribute('data-check-all');
    if (name && event.target.form) {
      event.target.form.querySelectorAll('input[type=checkbox][name="' + name + '"]').forEach(function (box) {
        box.checked = event.target.checked;
      });
    }
  });

  document.addEventListener('click', function (event) {
    if (event.target.closest && event.target.closest('[data-print]')) {
      window.print();
    }
    var copy = event.target.closest && event.target.closest('[data-copy]');
    if (copy && navigator.clipboard) {
      navigator.clipboard.writeText(copy.getAttribute('data-copy')).then(function () {
        copy.classList.add('copied');
      });
    }
  });
}());

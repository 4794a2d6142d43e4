// The supplement form's helpers (no inline script is allowed by the Content-Security-Policy):
//   data-counter="id" on a text field: keeps the element #id at "typed/maxlength";
//   data-add-row="name" on a button: adds an empty input to the rows of data-rows="name"
//   (named name[i], so that a name with a comma stays one name).
(function () {
  'use strict';

  function count(field) {
    var target = document.getElementById(field.getAttribute('data-counter'));
    if (target) {
      target.textContent = field.value.length + '/' + field.getAttribute('maxlength');
    }
  }

  document.addEventListener('input', function (event) {
    if (event.target.getAttribute && event.target.getAttribute('data-counter')) {
      count(event.target);
    }
  });

  document.addEventListener('click', function (event) {
    var button = event.target.closest && event.target.closest('[data-add-row]');
    if (!button) {
      return;
    }
    var name = button.getAttribute('data-add-row');
    var rows = document.querySelector('[data-rows="' + name + '"]');
    var last = rows && rows.querySelector('input:last-of-type');
    if (!last) {
      return;
    }
    var row = last.cloneNode(false);
    row.value = '';
    row.classList.remove('is-invalid');
    row.name = name + '[' + rows.querySelectorAll('input').length + ']';
    rows.appendChild(row);
    row.focus();
  });
}());

// The booking form (/meetings/new). No inline script is allowed (Content-Security-Policy), so the
// template declares behaviour with data attributes:
//   #plan-file: uploads the chosen PDF at once as a raw PUT (data-upload-url, CSRF header and token),
//     shows the progress in percent and the result, and puts the stored plan's id in planFileId;
//   [data-speaker-add] / [data-speaker-remove] in a .speaker-list: add or remove a row (at most
//     data-max), renumbering the rows so that the lists arrive without gaps.
(function () {
  'use strict';

  var input = document.getElementById('plan-file');
  var idField = document.getElementById('planFileId');
  var nameField = document.getElementById('planFileName');
  var progress = document.getElementById('plan-progress');
  var bar = document.getElementById('plan-progress-bar');
  var result = document.getElementById('plan-result');
  var submit = document.getElementById('meeting-submit');

  function show(percent) {
    bar.style.width = percent + '%';
    bar.textContent = percent + '%';
    progress.setAttribute('aria-valuenow', String(percent));
  }

  function fail(text) {
    result.textContent = text;
    result.classList.add('text-danger');
    input.classList.add('is-invalid');
    progress.classList.add('d-none');
  }

  if (input) {
    input.addEventListener('change', function () {
      var file = input.files && input.files[0];
      idField.value = '';
      nameField.value = '';
      result.textContent = '';
      result.classList.remove('text-danger');
      input.classList.remove('is-invalid');
      if (!file) {
        return;
      }
      if (file.size > Number(input.getAttribute('data-max-bytes'))) {
        fail(input.getAttribute('data-too-large'));
        return;
      }
      var request = new XMLHttpRequest();
      request.open('PUT', input.getAttribute('data-upload-url'));
      request.setRequestHeader(input.getAttribute('data-csrf-header'), input.getAttribute('data-csrf-token'));
      request.setRequestHeader('X-File-Name', encodeURIComponent(file.name));
      request.setRequestHeader('Content-Type', 'application/pdf');
      request.setRequestHeader('Accept', 'application/json');
      request.upload.addEventListener('progress', function (event) {
        if (event.lengthComputable) {
          show(Math.floor(event.loaded * 100 / event.total));
        }
      });
      request.addEventListener('load', function () {
        var answer = null;
        try {
          answer = JSON.parse(request.responseText);
        } catch (e) {
          answer = null;
        }
        submit.disabled = false;
        if (request.status === 200 && answer && answer.id) {
          show(100);
          idField.value = answer.id;
          nameField.value = answer.name;
          result.textContent = input.getAttribute('data-uploaded') + ' ' + answer.name;
        } else {
          fail((answer && answer.message) || input.getAttribute('data-failed'));
        }
      });
      request.addEventListener('error', function () {
        submit.disabled = false;
        fail(input.getAttribute('data-failed'));
      });
      submit.disabled = true;
      progress.classList.remove('d-none');
      show(0);
      result.textContent = input.getAttribute('data-uploading');
      request.send(file);
    });
    // A refused plan keeps its reason on screen: sending the form would only replace it by the
    // general "upload a plan" message.
    if (input.form) {
      input.form.addEventListener('submit', function (event) {
        if (input.classList.contains('is-invalid') && !idField.value && result.textContent) {
          event.preventDefault();
          event.stopImmediatePropagation();
          input.focus();
        }
      });
    }
  }

  function renumber(list) {
    var kind = list.getAttribute('data-list');
    list.querySelectorAll('.speaker-rows .speaker-row').forEach(function (row, index) {
      var inputs = row.querySelectorAll('input');
      inputs[0].name = kind + '[' + index + '].name';
      inputs[1].name = kind + '[' + index + '].affiliation';
    });
  }

  document.addEventListener('click', function (event) {
    var add = event.target.closest && event.target.closest('[data-speaker-add]');
    var remove = event.target.closest && event.target.closest('[data-speaker-remove]');
    var list = event.target.closest && event.target.closest('.speaker-list');
    if (!list || (!add && !remove)) {
      return;
    }
    var rows = list.querySelector('.speaker-rows');
    if (add) {
      if (rows.children.length >= Number(list.getAttribute('data-max'))) {
        return;
      }
      var row = list.querySelector('template.speaker-template').content.firstElementChild.cloneNode(true);
      rows.appendChild(row);
      renumber(list);
      row.querySelector('input').focus();
    } else {
      var current = remove.closest('.speaker-row');
      if (rows.children.length > 1) {
        current.remove();
      } else {
        current.querySelectorAll('input').forEach(function (field) { field.value = ''; });
      }
      renumber(list);
    }
  });
}());

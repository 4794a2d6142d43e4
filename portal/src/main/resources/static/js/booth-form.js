// The booth form (/exhibitor/booth/edit). No inline script is allowed (Content-Security-Policy):
//   #video-file: uploads the chosen video at once as a raw PUT (data-upload-url, CSRF header and
//     token), shows the progress in percent, and adds a checked videoIds box for the stored video;
//     refuses beforehand a file over data-max-bytes or more than data-max videos.
(function () {
  'use strict';

  var input = document.getElementById('video-file');
  var chosen = document.getElementById('videos-chosen');
  var progress = document.getElementById('video-progress');
  var bar = document.getElementById('video-progress-bar');
  var result = document.getElementById('video-result');
  var buttons = document.querySelectorAll('#booth-form button[type=submit]');

  function busy(on) {
    buttons.forEach(function (b) { b.disabled = on; });
  }

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

  function add(id, name) {
    var box = document.createElement('div');
    box.className = 'form-check';
    var check = document.createElement('input');
    check.className = 'form-check-input';
    check.type = 'checkbox';
    check.name = 'videoIds';
    check.value = id;
    check.checked = true;
    check.id = 'keep-video-' + id;
    var label = document.createElement('label');
    label.className = 'form-check-label small';
    label.htmlFor = check.id;
    label.textContent = name;
    box.appendChild(check);
    box.appendChild(label);
    chosen.appendChild(box);
  }

  if (input) {
    input.addEventListener('change', function () {
      var file = input.files && input.files[0];
      result.textContent = '';
      result.classList.remove('text-danger');
      input.classList.remove('is-invalid');
      if (!file) {
        return;
      }
      if (chosen.querySelectorAll('input[name=videoIds]:checked').length >= Number(input.getAttribute('data-max'))) {
        fail(input.getAttribute('data-too-many'));
        input.value = '';
        return;
      }
      if (file.size > Number(input.getAttribute('data-max-bytes'))) {
        fail(input.getAttribute('data-too-large'));
        input.value = '';
        return;
      }
      var request = new XMLHttpRequest();
      request.open('PUT', input.getAttribute('data-upload-url'));
      request.setRequestHeader(input.getAttribute('data-csrf-header'), input.getAttribute('data-csrf-token'));
      request.setRequestHeader('Content-Type', 'application/octet-stream');
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
        busy(false);
        input.value = '';
        if (request.status === 200 && answer && answer.id) {
          show(100);
          add(answer.id, file.name);
          result.textContent = input.getAttribute('data-uploaded') + ' ' + file.name;
        } else {
          fail((answer && answer.message) || input.getAttribute('data-failed'));
        }
      });
      request.addEventListener('error', function () {
        busy(false);
        fail(input.getAttribute('data-failed'));
      });
      busy(true);
      progress.classList.remove('d-none');
      result.textContent = input.getAttribute('data-uploading');
      show(0);
      request.send(file);
    });
  }
}());

// Draws BPMN diagrams with the bpmn-js viewer the portal serves (static/vendor/bpmn-js, loaded
// before this file). The Content-Security-Policy allows no inline script, so templates declare
// what to draw with data attributes:
//   data-bpmn-xml="url": the XML of one model version (the console's version page);
//   data-bpmn-case="url": a case's diagram as JSON {xml, completed, current}; the steps done
//     and the steps the case waits at get the markers ff-done and ff-current (diagram.css);
//   data-failed-text: shown instead when the diagram cannot be loaded or drawn.
// When done, the container carries data-state="rendered" (or "failed").
(function () {
  'use strict';

  function fail(container) {
    container.textContent = '';
    var message = document.createElement('p');
    message.className = 'text-danger p-3 diagram-failed';
    message.textContent = container.getAttribute('data-failed-text') || 'Error';
    container.appendChild(message);
    container.setAttribute('data-state', 'failed');
  }

  function draw(container, xml, completed, current) {
    container.textContent = '';
    var viewer = new window.BpmnJS({ container: container });
    return viewer.importXML(xml).then(function () {
      var canvas = viewer.get('canvas');
      var registry = viewer.get('elementRegistry');
      // A case moved to another version may name elements this diagram does not have.
      function mark(ids, marker) {
        (ids || []).forEach(function (id) {
          if (registry.get(id)) {
            canvas.addMarker(id, marker);
          }
        });
      }
      mark(completed, 'ff-done');
      mark(current, 'ff-current');
      canvas.zoom('fit-viewport', 'auto');
      container.setAttribute('data-state', 'rendered');
    });
  }

  function fetchOk(url, type) {
    return fetch(url, { credentials: 'same-origin', headers: { Accept: type } }).then(function (response) {
      if (!response.ok) {
        throw new Error('HTTP ' + response.status);
      }
      return response;
    });
  }

  if (!window.BpmnJS) {
    document.querySelectorAll('[data-bpmn-xml], [data-bpmn-case]').forEach(fail);
    return;
  }

  document.querySelectorAll('[data-bpmn-xml]').forEach(function (container) {
    fetchOk(container.getAttribute('data-bpmn-xml'), 'application/xml')
      .then(function (response) { return response.text(); })
      .then(function (xml) { return draw(container, xml, [], []); })
      .catch(function () { fail(container); });
  });

  document.querySelectorAll('[data-bpmn-case]').forEach(function (container) {
    fetchOk(container.getAttribute('data-bpmn-case'), 'application/json')
      .then(function (response) { return response.json(); })
      .then(function (diagram) { return draw(container, diagram.xml, diagram.completed, diagram.current); })
      .catch(function () { fail(container); });
  });
}());

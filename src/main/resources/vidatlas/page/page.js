// The app's own script for its pages (never a note's: notes' HTML is escaped). It talks to the app only through
// alert() messages; no Java object is exposed to the page.
(function () {
  'use strict';
  function send(message) { window.alert(message); }

  function closest(node, selector) {
    while (node && node.nodeType === 1) {
      if (node.matches(selector)) { return node; }
      node = node.parentNode;
    }
    return null;
  }

  // Links: the app decides. Internal ones open pages, web ones open in the system browser, nothing navigates here.
  document.addEventListener('click', function (e) {
    var a = closest(e.target, 'a');
    if (a) {
      e.preventDefault();
      var href = a.getAttribute('href') || '';
      if (href.indexOf('#') === 0) {
        // A link within the page (a slide shown above, where a copy of it points): scroll, never navigate.
        var to = document.getElementById(href.substring(1));
        if (to && to.scrollIntoView) { to.scrollIntoView({ block: 'start' }); }
      }
      else if (href.indexOf('vidatlas:') === 0) { send(href); }
      else if (/^https?:\/\//i.test(href)) { send('open:' + href); }
      return;
    }
    var img = closest(e.target, 'img.fig');
    if (img) { openLightbox(img); }
  }, true);

  // A comparison's column is moved by dragging its header onto another column's header. Mouse events rather than
  // HTML drag and drop, which the web view does not carry through reliably.
  var movingColumn = null;
  document.addEventListener('mousedown', function (e) {
    movingColumn = e.button === 0 ? closest(e.target, '[data-move]') : null;
    if (movingColumn) { movingColumn.classList.add('moving'); }
  });
  document.addEventListener('mouseup', function (e) {
    var from = movingColumn;
    movingColumn = null;
    if (!from) { return; }
    from.classList.remove('moving');
    var to = closest(e.target, '[data-move]');
    if (to && to !== from) { send(from.getAttribute('data-move') + to.getAttribute('data-index')); }
  });

  // Lineage graphs and timelines: hovering a box or an edge shows what it rests on (data-tip); the wheel with Ctrl,
  // or the + and - buttons, zoom; dragging the background moves the drawing.
  var tip = null;
  document.addEventListener('mouseover', function (e) {
    var holder = closest(e.target, '[data-tip]');
    if (!holder) { if (tip) { tip.style.display = 'none'; } return; }
    if (!tip) { tip = document.createElement('div'); tip.className = 'graph-tip'; document.body.appendChild(tip); }
    tip.textContent = holder.getAttribute('data-tip');
    tip.style.display = 'block';
  });
  document.addEventListener('mousemove', function (e) {
    if (!tip || tip.style.display !== 'block') { return; }
    var x = e.clientX + 14, y = e.clientY + 14;
    if (x + tip.offsetWidth > window.innerWidth - 8) { x = Math.max(8, e.clientX - tip.offsetWidth - 14); }
    if (y + tip.offsetHeight > window.innerHeight - 8) { y = Math.max(8, e.clientY - tip.offsetHeight - 14); }
    tip.style.left = x + 'px';
    tip.style.top = y + 'px';
  });
  function zoomGraph(graph, factor) {
    var svg = graph.querySelector('svg');
    if (!svg) { return; }
    var w0 = parseFloat(svg.getAttribute('data-w') || svg.getAttribute('width'));
    var h0 = parseFloat(svg.getAttribute('data-h') || svg.getAttribute('height'));
    svg.setAttribute('data-w', w0); svg.setAttribute('data-h', h0);
    var z = factor === 0 ? Math.min(1, graph.clientWidth / w0)
      : Math.max(0.2, Math.min(4, parseFloat(svg.getAttribute('data-z') || '1') * factor));
    svg.setAttribute('data-z', z);
    svg.setAttribute('width', Math.round(w0 * z)); svg.setAttribute('height', Math.round(h0 * z));
  }
  document.addEventListener('wheel', function (e) {
    var graph = e.ctrlKey ? closest(e.target, '.graph') : null;
    if (graph) { e.preventDefault(); zoomGraph(graph, e.deltaY < 0 ? 1.15 : 1 / 1.15); }
  }, { passive: false });
  document.addEventListener('click', function (e) {
    var button = closest(e.target, '[data-zoom]');
    if (!button) { return; }
    var graph = document.getElementById(button.getAttribute('data-graph'));
    var z = button.getAttribute('data-zoom');
    if (graph) { zoomGraph(graph, z === 'in' ? 1.25 : z === 'out' ? 0.8 : 0); }
  });
  var pan = null;
  document.addEventListener('mousedown', function (e) {
    var graph = e.button === 0 && !closest(e.target, 'a') ? closest(e.target, '.graph') : null;
    pan = graph ? { graph: graph, x: e.clientX, y: e.clientY, left: graph.scrollLeft, top: graph.scrollTop } : null;
    if (pan) { e.preventDefault(); }
  });
  document.addEventListener('mousemove', function (e) {
    if (!pan) { return; }
    pan.graph.scrollLeft = pan.left - (e.clientX - pan.x);
    pan.graph.scrollTop = pan.top - (e.clientY - pan.y);
  });
  document.addEventListener('mouseup', function () { pan = null; });
  // The timeline's lane names stay at the left edge as it scrolls sideways.
  document.addEventListener('scroll', function (e) {
    var graph = e.target;
    var svg = graph && graph.querySelector ? graph.querySelector('svg.timeline') : null;
    if (!svg) { return; }
    var z = parseFloat(svg.getAttribute('data-z') || '1');
    var names = svg.querySelectorAll('text.lane');
    for (var i = 0; i < names.length; i++) { names[i].setAttribute('x', 8 + graph.scrollLeft / z); }
  }, true);

  // Mouse side buttons go back and forward, as in the rest of the app.
  document.addEventListener('mouseup', function (e) {
    if (e.button === 3) { send('vidatlas:back'); }
    if (e.button === 4) { send('vidatlas:forward'); }
  });

  // A figure opens large; the wheel zooms, dragging moves it, a click or Esc closes it.
  var box, boxImg, scale = 1, dx = 0, dy = 0, drag = null, moved = false;
  function place() { boxImg.style.transform = 'translate(calc(-50% + ' + dx + 'px), calc(-50% + ' + dy + 'px)) scale(' + scale + ')'; }
  function openLightbox(img) {
    if (!box) {
      box = document.createElement('div'); box.id = 'lightbox';
      boxImg = document.createElement('img'); box.appendChild(boxImg);
      var hint = document.createElement('div'); hint.className = 'hint';
      hint.textContent = 'Wheel to zoom · drag to move · click or Esc to close'; box.appendChild(hint);
      document.body.appendChild(box);
      box.addEventListener('wheel', function (e) { e.preventDefault(); scale = Math.max(0.2, Math.min(12, scale * (e.deltaY < 0 ? 1.15 : 1 / 1.15))); place(); });
      box.addEventListener('mousedown', function (e) { drag = { x: e.clientX - dx, y: e.clientY - dy }; moved = false; });
      box.addEventListener('mousemove', function (e) { if (drag) { dx = e.clientX - drag.x; dy = e.clientY - drag.y; moved = true; place(); } });
      box.addEventListener('mouseup', function () { drag = null; if (!moved) { box.style.display = 'none'; } });
      document.addEventListener('keydown', function (e) { if (e.key === 'Escape' && box) { box.style.display = 'none'; } });
    }
    boxImg.src = img.src; scale = Math.min(1, (window.innerWidth - 40) / (img.naturalWidth || 1)); dx = 0; dy = 0; place();
    box.style.display = 'block';
  }

  function latin(c) { return /[a-z0-9]/.test(c || ''); }
  function whole(text, i, t) {
    var before = i > 0 ? text.charAt(i - 1) : '', after = text.charAt(i + t.length);
    return !(latin(t.charAt(0)) && latin(before)) && !(latin(t.charAt(t.length - 1)) && latin(after));
  }

  // The words a search matched, marked on the page.
  function highlight(terms) {
    if (!terms.length) { return; }
    var lower = terms.map(function (t) { return t.toLowerCase(); }).filter(function (t) { return t.length > 0; });
    var walker = document.createTreeWalker(document.querySelector('main') || document.body, NodeFilter.SHOW_TEXT, null);
    var nodes = [];
    while (walker.nextNode()) { nodes.push(walker.currentNode); }
    nodes.forEach(function (node) {
      if (closest(node.parentNode, 'script,style,mark,.katex')) { return; }
      var text = node.nodeValue, low = text.toLowerCase(), pos = 0, parts = [], found = false;
      while (pos < text.length) {
        var best = -1, len = 0;
        lower.forEach(function (t) {
          var i = low.indexOf(t, pos);
          // A Latin word is marked only as a whole word ("dit" is not marked inside "conditioned").
          while (i >= 0 && !whole(low, i, t)) { i = low.indexOf(t, i + 1); }
          if (i >= 0 && (best < 0 || i < best || (i === best && t.length > len))) { best = i; len = t.length; }
        });
        if (best < 0) { break; }
        found = true;
        if (best > pos) { parts.push(document.createTextNode(text.substring(pos, best))); }
        var m = document.createElement('mark'); m.className = 'hit'; m.textContent = text.substring(best, best + len); parts.push(m);
        pos = best + len;
      }
      if (!found) { return; }
      if (pos < text.length) { parts.push(document.createTextNode(text.substring(pos))); }
      var parent = node.parentNode;
      parts.forEach(function (p) { parent.insertBefore(p, node); });
      parent.removeChild(node);
    });
  }

  window.addEventListener('DOMContentLoaded', function () {
    if (window.renderMathInElement) {
      try {
        window.renderMathInElement(document.body, {
          delimiters: [
            { left: '\\(', right: '\\)', display: false },
            { left: '\\[', right: '\\]', display: true },
            { left: '$$', right: '$$', display: true },
            { left: '\\begin{align*}', right: '\\end{align*}', display: true },
            { left: '\\begin{align}', right: '\\end{align}', display: true },
            { left: '\\begin{equation}', right: '\\end{equation}', display: true }
          ],
          throwOnError: false, trust: false, strict: 'ignore'
        });
      } catch (err) { /* math that cannot be typeset stays as text */ }
    }
    var graphs = document.querySelectorAll('[data-scroll-x]');
    for (var g = 0; g < graphs.length; g++) { graphs[g].scrollLeft = parseFloat(graphs[g].getAttribute('data-scroll-x')) || 0; }
    var terms = [];
    try { terms = JSON.parse(document.body.getAttribute('data-terms') || '[]'); } catch (err) { terms = []; }
    highlight(terms);
    var target = document.body.getAttribute('data-target');
    var el = target ? document.getElementById(target) : null;
    if (el) { el.className += ' target'; }
    var first = (el && el.querySelector('mark.hit')) || el || document.querySelector('mark.hit');
    function reveal() {
      if (first && first.scrollIntoView) { first.scrollIntoView({ block: el && first === el ? 'start' : 'center' }); }
    }
    reveal();
    // Figures above the target get their height only once decoded: reveal it again when they have.
    window.addEventListener('load', function () { if (window.scrollY === 0 || first) { reveal(); } });
    send('vidatlas:loaded');
  });
})();

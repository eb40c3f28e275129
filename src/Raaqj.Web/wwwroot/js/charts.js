// Draws <canvas data-chart="bar" data-chart-data='{"labels":[...],"values":[...],"label":"..."}'> with the vendored Chart.js.
// With "counts": true the axis shows whole numbers only; "max" fixes the top of the scale (a score out of 4).
// The data sits in an attribute, not in inline script (see the CSP); the page also shows the figures as text.
(function () {
    "use strict";
    if (!window.Chart) { return; }
    document.querySelectorAll("canvas[data-chart]").forEach(function (canvas) {
        var data = JSON.parse(canvas.getAttribute("data-chart-data"));
        new window.Chart(canvas, {
            type: canvas.getAttribute("data-chart"),
            data: { labels: data.labels, datasets: [{ label: data.label, data: data.values, backgroundColor: "#123c69" }] },
            options: {
                animation: false, responsive: true, plugins: { legend: { display: false } },
                scales: {
                    x: { title: { display: !!data.xTitle, text: data.xTitle } },
                    y: { beginAtZero: true, title: { display: !!data.yTitle, text: data.yTitle }, max: data.max, ticks: data.counts ? { precision: 0 } : {} }
                }
            }
        });
    });
})();

// Draws <canvas data-chart="bar" data-chart-data='{"labels":[...],"values":[...],"label":"..."}'> with the vendored Chart.js.
// With "series": [{"label":..., "values":[...], "dashed": true}] it draws several datasets with a legend (a result
// against its target path, received against expected). With "counts": true the axis shows whole numbers only;
// "max" fixes the top of the scale (a score out of 4); "money": true writes the axis in dollars.
// The data sits in an attribute, not in inline script (see the CSP); the page also shows the figures as a table.
// Every page loads this file; Chart.js itself is fetched only by a page that has a chart (data-chart-lib).
(function () {
    "use strict";
    var canvases = document.querySelectorAll("canvas[data-chart]");
    if (!canvases.length) { return; }
    var colours = ["#123c69", "#ac3b61", "#2e7d32", "#8a6d00", "#5e35b1", "#00838f", "#6d4c41"];
    var dollars = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", maximumFractionDigits: 0 });

    function draw(canvas) {
        var data = JSON.parse(canvas.getAttribute("data-chart-data"));
        var series = data.series || [{ label: data.label, values: data.values }];
        var ticks = data.counts ? { precision: 0 } : data.money ? { callback: function (v) { return dollars.format(v); } } : {};
        new window.Chart(canvas, {
            type: canvas.getAttribute("data-chart"),
            data: {
                labels: data.labels,
                datasets: series.map(function (s, i) {
                    return {
                        label: s.label, data: s.values, backgroundColor: s.dashed ? "#6c757d" : colours[i % colours.length], borderColor: s.dashed ? "#6c757d" : colours[i % colours.length],
                        borderDash: s.dashed ? [6, 4] : [], spanGaps: true, fill: false
                    };
                })
            },
            options: {
                animation: false, responsive: true, plugins: { legend: { display: series.length > 1 } },
                scales: {
                    x: { title: { display: !!data.xTitle, text: data.xTitle } },
                    y: { beginAtZero: true, title: { display: !!data.yTitle, text: data.yTitle }, max: data.max, ticks: ticks }
                }
            }
        });
    }

    function drawAll() { canvases.forEach(draw); }

    if (window.Chart) {
        drawAll();
    } else {
        var library = document.createElement("script");
        library.src = document.currentScript.getAttribute("data-chart-lib");
        library.onload = drawAll;
        document.head.appendChild(library);
    }
})();

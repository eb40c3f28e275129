using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Raaqj.Web.Domain;

namespace Raaqj.Web.Infrastructure.Web;

// One form field the same way everywhere: label, input or textarea, hint, and the error next to it, wired
// with aria-describedby and aria-invalid. What the user typed is shown back after a failed post.
// Usage: <field for="Email" label="Email" type="email" autocomplete="email" />; with options="..." it is a select.
[HtmlTargetElement("field", Attributes = "for", TagStructure = TagStructure.WithoutEndTag)]
public sealed class FieldTagHelper(HtmlEncoder encoder) : TagHelper
{
    [HtmlAttributeName("for")]
    public ModelExpression For { get; set; } = default!;

    public string? Label { get; set; }
    public string? Hint { get; set; }
    public string Type { get; set; } = "text";
    public string? Autocomplete { get; set; }
    public int Rows { get; set; }
    public bool Required { get; set; }
    public bool Readonly { get; set; }
    public int? MaxLength { get; set; }
    public string? Min { get; set; }
    public string? Max { get; set; }
    public string? Step { get; set; }
    public string? Inputmode { get; set; }
    public string CssClass { get; set; } = "mb-3";

    // For long answers: the word limit, counted live in the browser (site.js) and shown under the field.
    public int? WordLimit { get; set; }

    // When set, the field is a select with these (value, text) options after a "Choose…" prompt.
    public IEnumerable<(string Value, string Text)>? Options { get; set; }

    // What the select's empty choice says, when it is an answer of its own ("No pledge: a gift").
    public string Prompt { get; set; } = "Choose…";

    [ViewContext, HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = default!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var name = ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name);
        var id = TagBuilder.CreateSanitizedId(name, "_");
        var modelState = ViewContext.ViewData.ModelState;
        var errors = modelState.TryGetValue(name, out var entry) ? entry.Errors.Select(e => e.ErrorMessage).ToList() : [];
        // "money": a text box showing 250,000 (never 250000.0), read back with thousands separators by MVC's decimal binder.
        var money = Type == "money";
        var value = Type == "password" ? "" : entry?.AttemptedValue ?? (money ? Money.Figure(For.Model as decimal?) : Format(For.Model));
        var describedBy = new List<string>();
        if (Hint is not null) describedBy.Add(id + "-hint");
        if (WordLimit is not null) describedBy.Add(id + "-count");
        if (errors.Count > 0) describedBy.Add(id + "-error");

        var cssClass = Options is null ? "form-control" : "form-select";
        var attributes = new List<string> { $"id=\"{id}\"", $"name=\"{E(name)}\"", $"class=\"{cssClass}{(errors.Count > 0 ? " is-invalid" : "")}\"" };
        if (Required) attributes.Add("required");
        if (Readonly) attributes.Add("readonly");
        if (MaxLength is not null) attributes.Add($"maxlength=\"{MaxLength}\"");
        if (Autocomplete is not null) attributes.Add($"autocomplete=\"{E(Autocomplete)}\"");
        if (Inputmode is not null || money) attributes.Add($"inputmode=\"{E(Inputmode ?? "decimal")}\"");
        if (money) attributes.Add("data-money");
        if (Min is not null) attributes.Add($"min=\"{E(Min)}\"");
        if (Max is not null) attributes.Add($"max=\"{E(Max)}\"");
        if (Step is not null) attributes.Add($"step=\"{E(Step)}\"");
        if (WordLimit is not null) attributes.Add($"data-word-limit=\"{WordLimit}\"");
        if (describedBy.Count > 0) attributes.Add($"aria-describedby=\"{string.Join(' ', describedBy)}\"");
        if (errors.Count > 0) attributes.Add("aria-invalid=\"true\"");

        var control = Options is not null
            ? $"<select {string.Join(' ', attributes)}><option value=\"\">{E(Prompt)}</option>"
                + string.Concat(Options.Select(o => $"<option value=\"{E(o.Value)}\"{(o.Value == value ? " selected" : "")}>{E(o.Text)}</option>")) + "</select>"
            : Rows > 0
            ? $"<textarea {string.Join(' ', attributes)} rows=\"{Rows}\">{E(value)}</textarea>"
            : $"<input type=\"{(money ? "text" : E(Type))}\" {string.Join(' ', attributes)} value=\"{E(value)}\">";
        var html = $"<label class=\"form-label\" for=\"{id}\">{E(Label ?? For.Metadata.GetDisplayName())}{(Required ? " <span class=\"text-body-secondary small\">(required)</span>" : "")}</label>"
            + control
            + (Hint is null ? "" : $"<div id=\"{id}-hint\" class=\"form-text\">{E(Hint)}</div>")
            + (WordLimit is null ? "" : $"<div id=\"{id}-count\" class=\"form-text word-count\">{Domain.Proposals.WordLimits.Count(value):N0} of {WordLimit:N0} words</div>")
            + (errors.Count == 0 ? "" : $"<div id=\"{id}-error\" class=\"invalid-feedback d-block\">{E(string.Join(" ", errors))}</div>");

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", CssClass);
        output.Content.SetHtmlContent(html);
    }

    private string E(string? text) => encoder.Encode(text ?? "");

    private static string Format(object? model) => model switch
    {
        null => "",
        DateTime dt => dt.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => model.ToString() ?? "",
    };
}

using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Raaqj.Web.Features.Selection;

// Small pieces drawn in every row of the selection's tables. They were partial views; a partial costs a view
// lookup and a view of its own per row, a tag helper only its output.

// <stage-badge row="row" />: the stage, with "Shortlisted" and the release state beside it.
[HtmlTargetElement("stage-badge", Attributes = "row", TagStructure = TagStructure.WithoutEndTag)]
public sealed class StageBadgeTagHelper : TagHelper
{
    public SelectionRow Row { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = null;
        output.TagMode = TagMode.StartTagAndEndTag;
        var css = Row.Stage switch
        {
            SelectionStage.Selected => "text-bg-success",
            SelectionStage.Shortlisted => "text-bg-info",
            SelectionStage.Waitlisted => "text-bg-warning",
            SelectionStage.Declined => "text-bg-secondary",
            _ => "text-bg-light border",
        };
        Badge(output, css, Row.Stage.ToString());
        if (Row.Shortlisted && Row.Stage != SelectionStage.Shortlisted)
            Badge(output, "text-bg-info ms-1", "Shortlisted");
        if (Row.Decision?.IsReleased == true)
            Badge(output, "text-bg-dark ms-1", Row.Decision.HasUnreleasedChange ? $"Released as {Row.Decision.ReleasedOutcome}; changed since" : "Released");
    }

    private static void Badge(TagHelperOutput output, string css, string text) =>
        output.Content.AppendHtml($"<span class=\"badge {css}\">").Append(text).AppendHtml("</span>");
}

// <overlap-list overlaps="row.Overlaps" />: the regions that claim the same counties, if any. In a list the first three
// are named and the rest counted, so a row stays a row however many regions pile onto one county; add all="true" to
// name every one (a proposal's own page).
[HtmlTargetElement("overlap-list", Attributes = "overlaps", TagStructure = TagStructure.WithoutEndTag)]
public sealed class OverlapListTagHelper : TagHelper
{
    private const int NamedInList = 3;

    public IReadOnlyList<RegionOverlap> Overlaps { get; set; } = [];

    public bool All { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagMode = TagMode.StartTagAndEndTag;
        if (Overlaps.Count == 0)
        {
            output.SuppressOutput();
            return;
        }
        output.TagName = "ul";
        output.Attributes.SetAttribute("class", "list-unstyled small mb-0 overlaps");
        var named = All ? Overlaps.Count : Math.Min(NamedInList, Overlaps.Count);
        foreach (var overlap in Overlaps.Take(named))
            output.Content.AppendHtml("<li><span class=\"badge text-bg-warning\">Overlap</span> ").Append(overlap.Describe()).AppendHtml("</li>");
        if (Overlaps.Count > named)
            output.Content.AppendHtml("<li>").Append($"and {Overlaps.Count - named} more region{(Overlaps.Count - named == 1 ? "" : "s")} sharing counties (see the proposal)").AppendHtml("</li>");
    }
}

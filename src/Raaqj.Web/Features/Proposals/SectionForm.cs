using Raaqj.Web.Domain.Proposals;

namespace Raaqj.Web.Features.Proposals;

// What every section form has: the version of the section it started from, and what its button asked for.
public interface ISectionForm
{
    Guid Version { get; set; }
    string? Intent { get; set; }

    // True when the intent only redraws the form (add a row, search counties): nothing is validated or saved.
    bool Redraw();
}

// A section made of rows (stakeholders, partnerships, sources of match): "Add a row" redraws it with one more.
public abstract class RowsSectionForm<TRow> : ISectionForm where TRow : RowSync.IRowForm, new()
{
    public Guid Version { get; set; }
    public string? Intent { get; set; }
    public List<TRow> Rows { get; set; } = [];

    public bool Redraw()
    {
        if (Intent != SectionIntents.AddRow)
            return false;
        Rows.Add(new TRow());
        return true;
    }
}

public sealed record SectionModel<TForm>(ProposalPage Page, ProposalSection Section, TForm Form, Proposal? TheirVersion = null);

public static class SectionIntents
{
    public const string Save = "save";
    public const string AddRow = "add-row";
    public const string Search = "search";
}

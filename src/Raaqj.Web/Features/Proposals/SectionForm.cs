using Raaqj.Web.Domain.Proposals;

namespace Raaqj.Web.Features.Proposals;

/// <summary>What every section form has: the version of the section it started from, and what its button asked for.</summary>
public interface ISectionForm
{
    Guid Version { get; set; }
    string? Intent { get; set; }

    /// <summary>True when the intent only redraws the form (add a row, search counties): nothing is validated or saved.</summary>
    bool Redraw();
}

public sealed record SectionModel<TForm>(ProposalPage Page, ProposalSection Section, TForm Form, Proposal? TheirVersion = null);

public static class SectionIntents
{
    public const string Save = "save";
    public const string AddRow = "add-row";
    public const string Search = "search";
}
